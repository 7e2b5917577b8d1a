using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>New unions of several forms: flagged "needs a named union" unless build/Millis.Codegen/UnionTypes.cs has one.</summary>
public class UnionRuleTests
{
    private static JObject Num => new() { ["type"] = "number" };

    private static JObject Null => new() { ["type"] = "null" };

    [Test]
    public void PropertyBecomingAnUnnamedUnionIsBreakingOnBothAndFlagged()
    {
        AssertBothWays(
            Taking(Object(new JObject { ["max_duration"] = Nullable(Num) })),
            Taking(Object(new JObject { ["max_duration"] = AnyOf(Num, Str, Null) })),
            "breaking/breaking new-unnamed-union POST /things request → max_duration: type changed from number, nullable to union, nullable: [number, string] matches no named union [needs a named union]",
            "breaking/breaking type-changed POST /things request → max_duration: type changed from union, nullable to number, nullable");
    }

    [Test]
    public void UnionMatchingANamedOneUnderItsRenamedMemberIsNotFlagged()
    {
        // The spec's ResponseDelay is codegen's ResponseDelayConfig, a member of the named union integer | ResponseDelayConfig.
        var delay = ("ResponseDelay", Object(new JObject { ["default"] = Int }));

        Assert.That(
            Diff(Taking(Object(new JObject { ["response_delay"] = Nullable(Int) }), delay), Taking(Object(new JObject { ["response_delay"] = AnyOf(Int, Ref("ResponseDelay"), Null) }), delay)),
            Is.EqualTo(new[] { "breaking/breaking type-changed POST /things request → response_delay: type changed from integer, nullable to union, nullable" }));
    }

    [Test]
    public void NewResponseFieldOfAnUnnamedUnionIsAdditiveAndFlagged()
    {
        AssertBothWays(
            Returning(Object(new JObject { ["id"] = Str })),
            Returning(Object(new JObject { ["id"] = Str, ["score"] = AnyOf(Str, new JObject { ["type"] = "boolean" }) })),
            "additive/additive new-response-field GET /things 200 → score: new response field (union) (needs a named union: [string, boolean]) [needs a named union]",
            "breaking/breaking removed-property GET /things 200 → score: response field removed");
    }

    [Test]
    public void NewSchemaHoldingAnUnnamedOneOfIsFlagged()
    {
        var score = Object(new JObject { ["value"] = new JObject { ["oneOf"] = new JArray(Str, Array(Str)) } });

        Assert.That(Diff(Returning(Str), Returning(Str, ("Score", score))), Is.EqualTo(new[]
        {
            "additive/additive new-schema components Score: new schema (needs a named union: [string, array<string>]) [needs a named union]",
        }));
    }

    [Test]
    public void NewOptionalParameterOfAnUnnamedUnionIsFlagged()
    {
        Assert.That(Diff(WithParameters(), WithParameters(Parameter("since", "query", required: false, AnyOf(Int, Str, Null)))), Is.EqualTo(new[]
        {
            // integer | string is a named union (ValidationLocationSegment): not flagged.
            "additive/additive new-optional-parameter GET /things parameter since: new optional query parameter (union, nullable)",
        }));
        Assert.That(Diff(WithParameters(), WithParameters(Parameter("since", "query", required: false, AnyOf(Num, Str, Null)))), Is.EqualTo(new[]
        {
            "additive/additive new-optional-parameter GET /things parameter since: new optional query parameter (union, nullable) (needs a named union: [number, string]) [needs a named union]",
        }));
    }
}
