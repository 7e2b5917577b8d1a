using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>The response half of an -Input/-Output pair gains an optional field the request half lacks.</summary>
internal static class InputOutputSplit
{
    public static Fixture Fixture { get; } = new(
        "input-output-split",
        "Agent-Output gains updated_at, Agent-Input does not: new-response-field (wire additive, C# additive) and pair-split (wire none, C# breaking) (exit 1)",
        Mutate);

    // Agent first; the others only when the vendor has split Agent already.
    private static readonly string[] Candidates = ["Agent", "Flow", "MillisFunction", "PartialAgentConfig"];

    private const string Field = "updated_at";

    private static void Mutate(JObject spec)
    {
        var schemas = Schemas(spec);
        var pair = First(
            Candidates,
            c => schemas[c + "-Input"] is JObject input && schemas[c + "-Output"] is JObject output && SameBody(input, output) && output["properties"]?[Field] is null,
            "an -Input/-Output pair with identical bodies");
        Properties(Schema(spec, pair + "-Output"))[Field] = Optional(Type("integer"), Title(Field), "When it was last changed (Unix seconds).");
    }

    /// <summary>Equal once each $ref to an X-Input or X-Output is read as X, as codegen merges pairs.</summary>
    private static bool SameBody(JObject input, JObject output) => JToken.DeepEquals(Unsuffixed(input), Unsuffixed(output));

    private static JToken Unsuffixed(JObject schema)
    {
        var copy = schema.DeepClone();
        foreach (var reference in copy.SelectTokens("..$ref").OfType<JValue>().ToList())
        {
            var text = (string?)reference.Value ?? "";
            reference.Value = text.EndsWith("-Input", StringComparison.Ordinal) ? text[..^"-Input".Length]
                : text.EndsWith("-Output", StringComparison.Ordinal) ? text[..^"-Output".Length]
                : text;
        }

        return copy;
    }
}
