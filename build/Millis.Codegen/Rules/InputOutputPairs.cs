using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Names FastAPI's <c>X-Input</c>/<c>X-Output</c> schemas (pydantic's validation and serialization views of one model).
/// While both describe the same C# shape they merge into <c>X</c>; once they differ, <c>X-Output</c> keeps <c>X</c>
/// and <c>X-Input</c> becomes <c>XInput</c>.
/// </summary>
/// <remarks>
/// Why this split rule: users mostly hold what the API returns, so that type keeps the plain name and a split changes
/// only code that builds the other one. <c>XInput</c> rather than <c>XRequest</c> because FastAPI's Input is not
/// "request": <c>POST /agents</c> answers with <c>Agent-Input</c>. "Same C# shape" ignores annotations that generate
/// no code here (<c>description</c>, <c>title</c>, <c>default</c>, examples): the SDK never sends defaults.
/// </remarks>
internal static class InputOutputPairs
{
    public const string InputSuffix = "-Input";
    public const string OutputSuffix = "-Output";

    /// <summary>The C# names for every schema name that ends in -Input or -Output.</summary>
    /// <remarks>
    /// Pairs refer to each other (<c>Agent-Input.config</c> is an <c>AgentConfig-Input</c>), so a pair's shape is compared
    /// with references already renamed. Start from "every pair merges" and split pairs until nothing changes: a split
    /// only ever causes more splits, so this ends.
    /// </remarks>
    public static Dictionary<string, string> Names(JObject schemas)
    {
        var bases = schemas.Properties().Select(p => BaseName(p.Name)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var split = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var names = Assign(schemas, bases, split);
            var newlySplit = bases.Where(b => !split.Contains(b)
                && schemas[b + InputSuffix] is JObject input && schemas[b + OutputSuffix] is JObject output
                && !SameShape(WithRefs(input, names), WithRefs(output, names))).ToList();
            if (newlySplit.Count == 0)
            {
                return names;
            }

            split.UnionWith(newlySplit);
        }
    }

    private static Dictionary<string, string> Assign(JObject schemas, List<string> bases, HashSet<string> split)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in bases)
        {
            var hasInput = schemas[name + InputSuffix] is not null;
            var hasOutput = schemas[name + OutputSuffix] is not null;
            if (hasOutput)
            {
                names[name + OutputSuffix] = Claim(schemas, name, name + OutputSuffix);
            }

            if (hasInput)
            {
                names[name + InputSuffix] = Claim(schemas, hasOutput && split.Contains(name) ? name + "Input" : name, name + InputSuffix);
            }
        }

        return names;
    }

    /// <summary>A copy whose $refs point at the names they will have.</summary>
    private static JToken WithRefs(JToken schema, Dictionary<string, string> names)
    {
        var copy = schema.DeepClone();
        foreach (var obj in Json.ObjectsBottomUp(copy))
        {
            if (Json.RefName(obj) is { } r && names.TryGetValue(r, out var to))
            {
                obj["$ref"] = Json.SchemaRefPrefix + to;
            }
        }

        return copy;
    }

    /// <summary>True when the two bodies would generate the same C# type.</summary>
    public static bool SameShape(JToken a, JToken b) => SchemaShape.Same(a, b);

    private static string? BaseName(string schema) =>
        schema.EndsWith(InputSuffix, StringComparison.Ordinal) ? schema[..^InputSuffix.Length]
        : schema.EndsWith(OutputSuffix, StringComparison.Ordinal) ? schema[..^OutputSuffix.Length]
        : null;

    private static string Claim(JObject schemas, string target, string from) =>
        schemas[target] is null
            ? target
            : throw new NormalizationException($"'{from}' would become '{target}', which the document already uses; add a row to build/Millis.Codegen/SchemaRenames.cs");
}
