using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>additionalProperties: objects closed or opened, free-form objects typed as maps, map value types.</summary>
public class OpennessRuleTests
{
    private static JObject Config(JToken? additionalProperties)
    {
        var schema = Object(new JObject { ["prompt"] = Nullable(Str) });
        if (additionalProperties is not null)
        {
            schema["additionalProperties"] = additionalProperties;
        }

        return schema;
    }

    /// <summary>A property-less object (a Python dict), wrapped in anyOf-null as FastAPI writes an optional one.</summary>
    private static JObject Metadata(JToken additionalProperties) =>
        Object(new JObject { ["metadata"] = Nullable(new JObject { ["type"] = "object", ["additionalProperties"] = additionalProperties }) });

    [Test]
    public void ClosingARequestObjectIsWireBreakingAndCSharpNoneAndOpeningItWireAdditive()
    {
        AssertBothWays(
            Taking(Config(null)),
            Taking(Config(false)),
            "breaking/none object-closed POST /things request: object closed (additionalProperties: false): fields it does not list are rejected",
            "additive/none object-opened POST /things request: object opened: fields it does not list are allowed");
    }

    [Test]
    public void ClosingAResponseObjectChangesNothingOnEitherSide()
    {
        AssertBothWays(
            Returning(Config(true)),
            Returning(Config(false)),
            "none/none object-closed GET /things 200: object closed (additionalProperties: false): fields it does not list are rejected",
            "none/none object-opened GET /things 200: object opened: fields it does not list are allowed");
    }

    [Test]
    public void AbsentTrueAndEmptyAdditionalPropertiesAllMeanOpen()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Diff(Taking(Config(null)), Taking(Config(true))), Is.Empty);
            Assert.That(Diff(Taking(Config(true)), Taking(Config(new JObject()))), Is.Empty);
            Assert.That(Diff(Taking(Config(new JObject())), Taking(Config(new JObject { ["title"] = "Extra" }))), Is.Empty);
        });
    }

    [Test]
    public void FreeFormRequestObjectTypedAsAMapBreaksBothAndBackIsWireAdditive()
    {
        AssertBothWays(
            Taking(Metadata(true)),
            Taking(Metadata(Str)),
            "breaking/breaking free-form-to-typed-map POST /things request → metadata: free-form object became a map of string",
            "additive/breaking typed-map-to-free-form POST /things request → metadata: map of string became a free-form object");
    }

    [Test]
    public void FreeFormResponseObjectTypedAsAMapBreaksOnlyCSharpAndBackBreaksBoth()
    {
        AssertBothWays(
            Returning(Metadata(true)),
            Returning(Metadata(Int)),
            "none/breaking free-form-to-typed-map GET /things 200 → metadata: free-form object became a map of integer",
            "breaking/breaking typed-map-to-free-form GET /things 200 → metadata: map of integer became a free-form object");
    }

    [Test]
    public void MapValueTypeChangeIsBreakingOnBothBothWays()
    {
        AssertBothWays(
            Returning(Metadata(Str)),
            Returning(Metadata(Int)),
            "breaking/breaking type-changed GET /things 200 → metadata{}: type changed from string to integer",
            "breaking/breaking type-changed GET /things 200 → metadata{}: type changed from integer to string");
    }

    [Test]
    public void TypedExtraFieldsOnAnObjectWithPropertiesLeaveCSharpAlone()
    {
        // The SDK keeps unknown fields on a base class, whatever type the spec gives them.
        AssertBothWays(
            Taking(Config(null)),
            Taking(Config(Str)),
            "breaking/none free-form-to-typed-map POST /things request: free-form object became a map of string",
            "additive/none typed-map-to-free-form POST /things request: map of string became a free-form object");
    }

    [Test]
    public void ClosingAPropertyLessObjectBreaksCSharpBecauseItIsNoLongerADictionary()
    {
        AssertBothWays(
            Returning(Metadata(true)),
            Returning(Metadata(false)),
            "none/breaking object-closed GET /things 200 → metadata: object closed (additionalProperties: false): fields it does not list are rejected",
            "none/breaking object-opened GET /things 200 → metadata: object opened: fields it does not list are allowed");
    }

    [Test]
    public void ClosedObjectOpenedToAMapNamesTheValueType()
    {
        Assert.That(Diff(Taking(Config(false)), Taking(Config(Int))), Is.EqualTo(new[]
        {
            "additive/none object-opened POST /things request: object opened: fields it does not list are allowed with values of integer",
        }));
    }
}
