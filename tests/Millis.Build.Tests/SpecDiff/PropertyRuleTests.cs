using static Millis.Build.Tests.SpecDiff.DiffSpec;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>One test per property rule, each run old → new and back; request and response directions differ.</summary>
public class PropertyRuleTests
{
    private static JObject Thing(JObject properties, params string[] required) => Object(properties, required);

    [Test]
    public void NewResponseFieldIsAdditiveAndRemovingItBreaking()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["id"] = Str }, "id")),
            Returning(Thing(new JObject { ["id"] = Str, ["tags"] = Array(Str) }, "id", "tags")),
            "additive new-response-field GET /things 200 → tags: new response field (array of string)",
            "breaking removed-property GET /things 200 → tags: response field removed");
    }

    [Test]
    public void RenamedResponseFieldIsRemovedPlusAdded()
    {
        var diffs = Diff(
            Returning(Thing(new JObject { ["create_at"] = Str })),
            Returning(Thing(new JObject { ["created_at"] = Str })));

        Assert.That(diffs, Is.EqualTo(new[]
        {
            "breaking removed-property GET /things 200 → create_at: response field removed",
            "additive new-response-field GET /things 200 → created_at: new response field (string)",
        }));
    }

    [Test]
    public void NewRequiredRequestPropertyIsBreakingAndRemovingItToo()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["name"] = Str }, "name")),
            Taking(Thing(new JObject { ["name"] = Str, ["region"] = Str }, "name", "region")),
            "breaking new-required-request-property POST /things request → region: new required request property (string)",
            "breaking removed-property POST /things request → region: request property removed");
    }

    [Test]
    public void NewOptionalRequestPropertyIsAdditiveAndRemovingItBreaking()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["name"] = Str })),
            Taking(Thing(new JObject { ["name"] = Str, ["region"] = Nullable(Str) })),
            "additive new-optional-property POST /things request → region: new optional request property (string, nullable)",
            "breaking removed-property POST /things request → region: request property removed");
    }

    [Test]
    public void RequestPropertyMadeRequiredIsBreakingAndMadeOptionalAdditive()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["name"] = Str })),
            Taking(Thing(new JObject { ["name"] = Str }, "name")),
            "breaking property-made-required POST /things request → name: request property is now required",
            "additive property-made-optional POST /things request → name: request property is now optional");
    }

    [Test]
    public void ResponseFieldMadeOptionalIsBreakingAndMadeRequiredAdditive()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["id"] = Str }, "id")),
            Returning(Thing(new JObject { ["id"] = Str })),
            "breaking response-field-made-optional GET /things 200 → id: response field is no longer required",
            "additive response-field-made-required GET /things 200 → id: response field is now always present");
    }

    [Test]
    public void PropertyTypeChangeIsBreakingBothWays()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["count"] = Int })),
            Returning(Thing(new JObject { ["count"] = Str })),
            "breaking type-changed GET /things 200 → count: type changed from integer to string",
            "breaking type-changed GET /things 200 → count: type changed from string to integer");
    }

    [Test]
    public void FormatIsPartOfTheType()
    {
        var int32 = new JObject { ["type"] = "integer", ["format"] = "int32" };
        var int64 = new JObject { ["type"] = "integer", ["format"] = "int64" };
        AssertBothWays(
            Returning(Thing(new JObject { ["count"] = int32 })),
            Returning(Thing(new JObject { ["count"] = int64 })),
            "breaking type-changed GET /things 200 → count: type changed from integer (int32) to integer (int64)",
            "breaking type-changed GET /things 200 → count: type changed from integer (int64) to integer (int32)");
    }

    [Test]
    public void ResponseFieldMadeNullableIsBreakingAndNonNullableAdditive()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["status"] = Str })),
            Returning(Thing(new JObject { ["status"] = Nullable(Str) })),
            "breaking type-changed GET /things 200 → status: now nullable (type changed from string to string, nullable)",
            "additive type-narrowed GET /things 200 → status: no longer nullable (type changed from string, nullable to string)");
    }

    [Test]
    public void RequestFieldMadeNonNullableIsBreakingAndNullableAdditive()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["prompt"] = Nullable(Str) })),
            Taking(Thing(new JObject { ["prompt"] = Str })),
            "breaking type-changed POST /things request → prompt: no longer nullable (type changed from string, nullable to string)",
            "additive type-widened POST /things request → prompt: now nullable (type changed from string to string, nullable)");
    }

    [Test]
    public void TypeListNullIsReadLikeAnyOfNull()
    {
        var typeList = new JObject { ["type"] = new JArray("string", "null") };
        Assert.That(Diff(Returning(Thing(new JObject { ["s"] = Nullable(Str) })), Returning(Thing(new JObject { ["s"] = typeList }))), Is.Empty);
    }

    [Test]
    public void EnumRestrictionOnARequestFieldIsBreakingAndLiftingItAdditive()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["region"] = Str })),
            Taking(Thing(new JObject { ["region"] = Enum("us", "eu") })),
            "breaking type-changed POST /things request → region: now restricted to the values [\"us\", \"eu\"]",
            "additive type-widened POST /things request → region: no longer restricted to enum values");
    }
}
