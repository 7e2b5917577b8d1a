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
            "additive/additive new-response-field GET /things 200 → tags: new response field (array of string)",
            "breaking/breaking removed-property GET /things 200 → tags: response field removed");
    }

    [Test]
    public void RenamedResponseFieldIsRemovedPlusAdded()
    {
        var diffs = Diff(
            Returning(Thing(new JObject { ["create_at"] = Str })),
            Returning(Thing(new JObject { ["created_at"] = Str })));

        Assert.That(diffs, Is.EqualTo(new[]
        {
            "breaking/breaking removed-property GET /things 200 → create_at: response field removed",
            "additive/additive new-response-field GET /things 200 → created_at: new response field (string)",
        }));
    }

    [Test]
    public void NewRequiredRequestPropertyIsBreakingAndRemovingItToo()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["name"] = Str }, "name")),
            Taking(Thing(new JObject { ["name"] = Str, ["region"] = Str }, "name", "region")),
            "breaking/additive new-required-request-property POST /things request → region: new required request property (string)",
            "breaking/breaking removed-property POST /things request → region: request property removed");
    }

    [Test]
    public void NewOptionalRequestPropertyIsAdditiveAndRemovingItBreaking()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["name"] = Str })),
            Taking(Thing(new JObject { ["name"] = Str, ["region"] = Nullable(Str) })),
            "additive/additive new-optional-property POST /things request → region: new optional request property (string, nullable)",
            "breaking/breaking removed-property POST /things request → region: request property removed");
    }

    [Test]
    public void RequestPropertyMadeRequiredIsBreakingAndMadeOptionalAdditive()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["name"] = Str })),
            Taking(Thing(new JObject { ["name"] = Str }, "name")),
            "breaking/none property-made-required POST /things request → name: request property is now required",
            "additive/none property-made-optional POST /things request → name: request property is now optional");
    }

    [Test]
    public void ResponseFieldMadeOptionalIsBreakingAndMadeRequiredAdditive()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["id"] = Str }, "id")),
            Returning(Thing(new JObject { ["id"] = Str })),
            "breaking/none response-field-made-optional GET /things 200 → id: response field is no longer required",
            "additive/none response-field-made-required GET /things 200 → id: response field is now always present");
    }

    [Test]
    public void PropertyTypeChangeIsBreakingBothWays()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["count"] = Int })),
            Returning(Thing(new JObject { ["count"] = Str })),
            "breaking/breaking type-changed GET /things 200 → count: type changed from integer to string",
            "breaking/breaking type-changed GET /things 200 → count: type changed from string to integer");
    }

    [Test]
    public void FormatIsPartOfTheType()
    {
        var int32 = new JObject { ["type"] = "integer", ["format"] = "int32" };
        var int64 = new JObject { ["type"] = "integer", ["format"] = "int64" };
        AssertBothWays(
            Returning(Thing(new JObject { ["count"] = int32 })),
            Returning(Thing(new JObject { ["count"] = int64 })),
            "breaking/breaking type-changed GET /things 200 → count: type changed from integer (int32) to integer (int64)",
            "breaking/breaking type-changed GET /things 200 → count: type changed from integer (int64) to integer (int32)");
    }

    [Test]
    public void ResponseFieldMadeNullableIsBreakingAndNonNullableAdditive()
    {
        AssertBothWays(
            Returning(Thing(new JObject { ["status"] = Str })),
            Returning(Thing(new JObject { ["status"] = Nullable(Str) })),
            "breaking/none type-changed GET /things 200 → status: now nullable (type changed from string to string, nullable)",
            "additive/none type-narrowed GET /things 200 → status: no longer nullable (type changed from string, nullable to string)");
    }

    [Test]
    public void RequestFieldMadeNonNullableIsBreakingAndNullableAdditive()
    {
        AssertBothWays(
            Taking(Thing(new JObject { ["prompt"] = Nullable(Str) })),
            Taking(Thing(new JObject { ["prompt"] = Str })),
            "breaking/none type-changed POST /things request → prompt: no longer nullable (type changed from string, nullable to string)",
            "additive/none type-widened POST /things request → prompt: now nullable (type changed from string to string, nullable)");
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
            "breaking/breaking narrowed-to-enum POST /things request → region: now restricted to the values [\"us\", \"eu\"]",
            "additive/breaking enum-lifted POST /things request → region: no longer restricted to enum values");
    }
}
