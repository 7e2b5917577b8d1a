using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>
/// The C# verdict of required and nullable changes: optional members are nullable in C# already, reference types only
/// change an annotation, value types (numbers, booleans, enum structs) change type.
/// </summary>
public class NullabilityRuleTests
{
    private static JObject Thing(JObject property, bool required) => required ? Object(new JObject { ["count"] = property }, "count") : Object(new JObject { ["count"] = property });

    [Test]
    public void RequiredIntegerResponseFieldMadeOptionalBreaksCSharp()
    {
        AssertBothWays(
            Returning(Thing(Int, required: true)),
            Returning(Thing(Int, required: false)),
            "breaking/breaking response-field-made-optional GET /things 200 → count: response field is no longer required",
            "additive/breaking response-field-made-required GET /things 200 → count: response field is now always present");
    }

    [Test]
    public void RequiredIntegerFieldMadeNullableBreaksCSharp()
    {
        AssertBothWays(
            Returning(Thing(Int, required: true)),
            Returning(Thing(Nullable(Int), required: true)),
            "breaking/breaking type-changed GET /things 200 → count: now nullable (type changed from integer to integer, nullable)",
            "additive/breaking type-narrowed GET /things 200 → count: no longer nullable (type changed from integer, nullable to integer)");
    }

    [Test]
    public void OptionalIntegerFieldMadeNullableLeavesCSharpAlone()
    {
        AssertBothWays(
            Returning(Thing(Int, required: false)),
            Returning(Thing(Nullable(Int), required: false)),
            "breaking/none type-changed GET /things 200 → count: now nullable (type changed from integer to integer, nullable)",
            "additive/none type-narrowed GET /things 200 → count: no longer nullable (type changed from integer, nullable to integer)");
    }

    [Test]
    public void RequiredEnumPropertyMadeOptionalBreaksCSharpBecauseEnumsAreStructs()
    {
        AssertBothWays(
            Taking(Thing(Enum("us", "eu"), required: true)),
            Taking(Thing(Enum("us", "eu"), required: false)),
            "additive/breaking property-made-optional POST /things request → count: request property is now optional",
            "breaking/breaking property-made-required POST /things request → count: request property is now required");
    }

    [Test]
    public void OptionalIntegerBecomingRequiredAndNullableKeepsItsCSharpType()
    {
        // int? before (optional), int? after (nullable).
        Assert.That(Diff(Taking(Thing(Int, required: false)), Taking(Thing(Nullable(Int), required: true))), Is.EqualTo(new[]
        {
            "breaking/none property-made-required POST /things request → count: request property is now required",
            "additive/none type-widened POST /things request → count: now nullable (type changed from integer to integer, nullable)",
        }));
    }

    [Test]
    public void RequiredParameterMadeNullableKeepsCallersCompilingAndTheReverseBreaksThem()
    {
        AssertBothWays(
            WithParameters(Parameter("limit", "query", required: true, Int)),
            WithParameters(Parameter("limit", "query", required: true, Nullable(Int))),
            "additive/none type-widened GET /things parameter limit: now nullable (type changed from integer to integer, nullable)",
            "breaking/breaking type-changed GET /things parameter limit: no longer nullable (type changed from integer, nullable to integer)");
    }
}
