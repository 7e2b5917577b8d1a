using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>Fails when a schema name would make an unidiomatic or invalid C# type name.</summary>
internal static partial class CheckCleanNames
{
    public static void Apply(JObject doc)
    {
        var bad = Json.Schemas(doc).Properties().Select(p => p.Name).Where(n => !CleanName().IsMatch(n) || n.Contains("__", StringComparison.Ordinal)).ToList();
        if (bad.Count > 0)
        {
            throw new NormalizationException(
                $"schema names that cannot be public C# types: {string.Join(", ", bad)}; add each to build/Millis.Codegen/SchemaRenames.cs with its reason.");
        }
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex CleanName();
}
