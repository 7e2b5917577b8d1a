using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>Enums written inside a property or parameter (often in anyOf-null): compared like component enums.</summary>
public class InlineEnumRuleTests
{
    private static JObject Mode(JObject schema) => Object(new JObject { ["response_mode"] = Nullable(schema) });

    [Test]
    public void ValueAddedToANullableInlineEnumIsAdditiveOnBothAndRemovedBreakingOnBoth()
    {
        AssertBothWays(
            Taking(Mode(Enum("strict", "flexible"))),
            Taking(Mode(Enum("strict", "flexible", "auto"))),
            "additive/additive new-enum-value POST /things request → response_mode: new enum value \"auto\"",
            "breaking/breaking removed-enum-value POST /things request → response_mode: removed enum value \"auto\"");
    }

    [Test]
    public void ResponseStringNarrowedToAnInlineEnumIsWireNoneButCSharpBreaking()
    {
        // A struct replaces the string property; the client receives a subset of what it accepted before.
        AssertBothWays(
            Returning(Mode(Str)),
            Returning(Mode(Enum("strict", "flexible"))),
            "none/breaking narrowed-to-enum GET /things 200 → response_mode: now restricted to the values [\"strict\", \"flexible\"]",
            "breaking/breaking enum-lifted GET /things 200 → response_mode: no longer restricted to enum values");
    }

    [Test]
    public void ParameterNarrowedToAnInlineEnumIsBreakingOnBothAndLiftingItWireAdditive()
    {
        AssertBothWays(
            WithParameters(Parameter("status", "query", required: false, Nullable(Str))),
            WithParameters(Parameter("status", "query", required: false, Nullable(Enum("idle", "started")))),
            "breaking/breaking narrowed-to-enum GET /things parameter status: now restricted to the values [\"idle\", \"started\"]",
            "additive/breaking enum-lifted GET /things parameter status: no longer restricted to enum values");
    }

    [Test]
    public void InlineEnumValueOrderDoesNotMatter()
    {
        Assert.That(Diff(Taking(Mode(Enum("strict", "flexible"))), Taking(Mode(Enum("flexible", "strict")))), Is.Empty);
    }
}
