using Millis.Codegen;

namespace Millis.SpecDiff;

/// <summary>
/// The C# type name codegen gives a component schema: its entry in build/Millis.Codegen/SchemaRenames.cs (linked into
/// this project, so the two tools cannot disagree), else the name with FastAPI's -Input/-Output suffix dropped.
/// </summary>
internal static class SchemaNames
{
    private const string InputSuffix = "-Input";
    private const string OutputSuffix = "-Output";

    private static readonly Dictionary<string, string> Renames = SchemaRenames.All.ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);

    /// <remarks>A rename may itself end in -Input/-Output (<c>AgentTool-Input</c>): the pair rule then drops the suffix.</remarks>
    public static string CSharpName(string schema)
    {
        var name = Renames.TryGetValue(schema, out var to) ? to : schema;
        return name.EndsWith(InputSuffix, StringComparison.Ordinal) ? name[..^InputSuffix.Length]
            : name.EndsWith(OutputSuffix, StringComparison.Ordinal) ? name[..^OutputSuffix.Length]
            : name;
    }

    /// <summary>Whether the schema is the response half of a pair, the one that keeps the shared name when the pair splits.</summary>
    public static bool IsOutput(string schema) => (Renames.TryGetValue(schema, out var to) ? to : schema).EndsWith(OutputSuffix, StringComparison.Ordinal);
}
