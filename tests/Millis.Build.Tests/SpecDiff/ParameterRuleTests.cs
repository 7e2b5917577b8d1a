using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>One test per parameter rule, each run old → new and back.</summary>
public class ParameterRuleTests
{
    [Test]
    public void NewRequiredParameterIsBreakingAndRemovingItToo()
    {
        AssertBothWays(
            WithParameters(),
            WithParameters(Parameter("limit", "query", required: true, Int)),
            "breaking/breaking new-required-parameter GET /things parameter limit: new required query parameter (integer)",
            "breaking/breaking removed-parameter GET /things parameter limit: query parameter removed");
    }

    [Test]
    public void NewOptionalParameterIsAdditiveAndRemovingItBreaking()
    {
        AssertBothWays(
            WithParameters(),
            WithParameters(Parameter("limit", "query", required: false, Nullable(Int))),
            "additive/additive new-optional-parameter GET /things parameter limit: new optional query parameter (integer, nullable)",
            "breaking/breaking removed-parameter GET /things parameter limit: query parameter removed");
    }

    [Test]
    public void ParameterMadeRequiredIsBreakingAndMadeOptionalAdditive()
    {
        AssertBothWays(
            WithParameters(Parameter("limit", "query", required: false, Int)),
            WithParameters(Parameter("limit", "query", required: true, Int)),
            "breaking/breaking parameter-made-required GET /things parameter limit: query parameter is now required",
            "additive/additive parameter-made-optional GET /things parameter limit: query parameter is now optional");
    }

    [Test]
    public void ParameterMovedIsBreakingBothWays()
    {
        AssertBothWays(
            WithParameters(Parameter("region", "query", required: false, Str)),
            WithParameters(Parameter("region", "header", required: false, Str)),
            "breaking/breaking parameter-moved GET /things parameter region: parameter moved from query to header",
            "breaking/breaking parameter-moved GET /things parameter region: parameter moved from header to query");
    }

    [Test]
    public void ParameterTypeChangeIsBreakingBothWays()
    {
        AssertBothWays(
            WithParameters(Parameter("limit", "query", required: false, Int)),
            WithParameters(Parameter("limit", "query", required: false, Str)),
            "breaking/breaking type-changed GET /things parameter limit: type changed from integer to string",
            "breaking/breaking type-changed GET /things parameter limit: type changed from string to integer");
    }

    [Test]
    public void ParameterMadeNullableIsAdditiveAndNonNullableBreaking()
    {
        // Parameters are sent by the client: accepting null widens them.
        AssertBothWays(
            WithParameters(Parameter("limit", "query", required: false, Int)),
            WithParameters(Parameter("limit", "query", required: false, Nullable(Int))),
            "additive/none type-widened GET /things parameter limit: now nullable (type changed from integer to integer, nullable)",
            "breaking/none type-changed GET /things parameter limit: no longer nullable (type changed from integer, nullable to integer)");
    }

    [Test]
    public void InlineEnumValueAddedIsAdditiveAndRemovedBreaking()
    {
        AssertBothWays(
            WithParameters(Parameter("region", "query", required: false, Enum("us", "eu"))),
            WithParameters(Parameter("region", "query", required: false, Enum("us", "eu", "ap"))),
            "additive/additive new-enum-value GET /things parameter region: new enum value \"ap\"",
            "breaking/breaking removed-enum-value GET /things parameter region: removed enum value \"ap\"");
    }

    [Test]
    public void HeaderNamesMatchWhateverTheirCase()
    {
        Assert.That(Diff(
            WithParameters(Parameter("X-Trace", "header", required: false, Str)),
            WithParameters(Parameter("x-trace", "header", required: false, Str))), Is.Empty);
    }

    [Test]
    public void PathLevelParametersCountAsTheOperations()
    {
        var limit = Parameter("limit", "query", required: true, Int);
        var onOperation = WithParameters(limit);
        var onPathItem = WithParameters();
        onPathItem["paths"]!["/things"]!["parameters"] = new Newtonsoft.Json.Linq.JArray(limit.DeepClone());

        Assert.Multiple(() =>
        {
            Assert.That(Diff(onOperation, onPathItem), Is.Empty);
            Assert.That(Diff(WithParameters(), onPathItem), Is.EqualTo(new[] { "breaking/breaking new-required-parameter GET /things parameter limit: new required query parameter (integer)" }));
        });
    }
}
