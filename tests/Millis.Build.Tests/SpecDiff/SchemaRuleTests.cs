using static Millis.Build.Tests.SpecDiff.DiffSpec;
using Millis.SpecDiff;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>Named schemas: enums, unions, components, $ref/allOf/array traversal and direction.</summary>
public class SchemaRuleTests
{
    private static JObject UsingRegion(JObject region) =>
        Returning(Array(Object(new JObject { ["a"] = AllOf("Region"), ["b"] = Nullable(Ref("Region")) })), ("Region", region));

    [Test]
    public void NamedEnumValueAddedIsAdditiveAndRemovedBreakingReportedOnceInComponents()
    {
        AssertBothWays(
            UsingRegion(Enum("us", "eu")),
            UsingRegion(Enum("us", "eu", "ap")),
            "additive/additive new-enum-value components Region: new enum value \"ap\"",
            "breaking/breaking removed-enum-value components Region: removed enum value \"ap\"");
    }

    [Test]
    public void SchemaAddedIsAdditiveAndRemovedBreaking()
    {
        AssertBothWays(
            Returning(Str),
            Returning(Str, ("Unused", Object(new JObject()))),
            "additive/additive new-schema components Unused: new schema",
            "breaking/breaking removed-schema components Unused: schema removed");
    }

    [Test]
    public void ComponentTypeChangeIsBreakingWhereItIsUsed()
    {
        AssertBothWays(
            Returning(Ref("Count"), ("Count", Int)),
            Returning(Ref("Count"), ("Count", Str)),
            "breaking/breaking type-changed GET /things 200: type changed from integer to string",
            "breaking/breaking type-changed GET /things 200: type changed from string to integer");
    }

    [Test]
    public void SingleTypeBecomingAUnionIsATypeChangeBothWays()
    {
        // string | WebhookConfig is a named union (Webhook): a type change, not a new unnamed union.
        var webhook = ("WebhookConfig", Object(new JObject { ["url"] = Str }));
        AssertBothWays(
            Taking(Object(new JObject { ["webhook"] = Nullable(Str) }), webhook),
            Taking(Object(new JObject { ["webhook"] = AnyOf(Str, Ref("WebhookConfig"), new JObject { ["type"] = "null" }) }), webhook),
            "breaking/breaking type-changed POST /things request → webhook: type changed from string, nullable to union, nullable",
            "breaking/breaking type-changed POST /things request → webhook: type changed from union, nullable to string, nullable");
    }

    [Test]
    public void UnionMemberAddedToAResponseIsBreakingAndInARequestAdditive()
    {
        var schemas = new[] { ("Webhook", Object(new JObject { ["url"] = Str })) };
        var two = AnyOf(Str, Int);
        var three = AnyOf(Str, Int, Ref("Webhook"));
        AssertBothWays(
            Returning(Object(new JObject { ["w"] = two }), schemas),
            Returning(Object(new JObject { ["w"] = three }), schemas),
            "breaking/breaking type-changed GET /things 200 → w: new union member Webhook; [string, integer, Webhook] matches no named union [needs a named union]",
            "additive/breaking type-narrowed GET /things 200 → w: union member Webhook removed");
        AssertBothWays(
            Taking(Object(new JObject { ["w"] = two }), schemas),
            Taking(Object(new JObject { ["w"] = three }), schemas),
            "additive/breaking type-widened POST /things request → w: new union member Webhook; [string, integer, Webhook] matches no named union [needs a named union]",
            "breaking/breaking type-changed POST /things request → w: union member Webhook removed");
    }

    [Test]
    public void LocationsFollowRefsAllOfAndArrays()
    {
        (string, JObject)[] Schemas(JObject deep) =>
        [
            ("Phone", Object(new JObject { ["agent_config_override"] = Nullable(Ref("Config")) })),
            ("Config", Object(new JObject { ["flow"] = AllOf("Flow") })),
            ("Flow", Object(new JObject { ["voicemail"] = Nullable(Ref("Voicemail")) })),
            ("Voicemail", deep),
        ];

        var diffs = Diff(
            Returning(Array(Ref("Phone")), Schemas(Object(new JObject { ["message"] = Str }))),
            Returning(Array(Ref("Phone")), Schemas(Object(new JObject { ["message"] = Str, ["detection_phrases"] = Nullable(Array(Str)) }))));

        Assert.That(diffs, Is.EqualTo(new[]
        {
            "additive/additive new-response-field GET /things 200 → [].agent_config_override.flow.voicemail.detection_phrases: new response field (array of string, nullable)",
        }));
    }

    [Test]
    public void SchemaUsedBothWaysIsClassifiedPerUseAndTheWholeDiffIsBreaking()
    {
        var doc = (JObject agent) =>
        {
            var paths = new JObject
            {
                ["/agents"] = new JObject
                {
                    ["get"] = Operation(Ref("Agent")),
                    ["post"] = WithBody(Operation(Str), Ref("Agent")),
                },
            };
            return Doc(paths, ("Agent", agent));
        };

        var differences = SpecDiffer.Compare(
            doc(Object(new JObject { ["name"] = Str }, "name")),
            doc(Object(new JObject { ["name"] = Str, ["voice"] = Str }, "name", "voice")));

        Assert.Multiple(() =>
        {
            Assert.That(differences.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "GET /agents 200 → voice: new response field (string) (wire: additive · C#: additive)",
                "POST /agents request → voice: new required request property (string) (wire: breaking · C#: additive)",
            }));
            Assert.That(SpecDiffer.ExitCode(differences), Is.EqualTo(SpecDiffer.SomeBreaking));
        });
    }

    [Test]
    public void NamedEnumUsedBothWaysGettingARestrictionIsBreaking()
    {
        var doc = (JObject region) => Doc(
            new JObject { ["/things"] = new JObject { ["get"] = Operation(Ref("Region")), ["post"] = WithBody(Operation(Str), Ref("Region")) } },
            ("Region", region));

        Assert.That(Diff(doc(Str), doc(Enum("us"))), Is.EqualTo(new[] { "breaking/breaking narrowed-to-enum components Region: now restricted to the values [\"us\"]" }));
    }

    [Test]
    public void RecursiveSchemasTerminate()
    {
        var node = (JObject extra) => Returning(Ref("Node"), ("Node", Object(new JObject { ["children"] = Array(Ref("Node")), ["x"] = extra })));

        Assert.That(Diff(node(Str), node(Int)), Is.EqualTo(new[]
        {
            "breaking/breaking type-changed GET /things 200 → x: type changed from string to integer",
        }));
    }

    [Test]
    public void LocationsFollowAdditionalProperties()
    {
        var map = (JObject value) => Returning(Object(new JObject { ["metadata"] = new JObject { ["type"] = "object", ["additionalProperties"] = value } }));

        Assert.That(Diff(map(Object(new JObject { ["a"] = Str })), map(Object(new JObject()))), Is.EqualTo(new[]
        {
            "breaking/breaking removed-property GET /things 200 → metadata{}.a: response field removed",
        }));
    }
}
