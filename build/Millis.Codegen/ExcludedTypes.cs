using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>Keeps nswag.json's excludedTypeNames equal to the hand-written placeholders the normalizer produced.</summary>
internal static class ExcludedTypes
{
    /// <summary>Types excluded for reasons other than a placeholder schema.</summary>
    private static readonly string[] Always = ["FileResponse"];

    public static void Check(JObject normalized, JObject nswag)
    {
        var expected = Json.Schemas(normalized).Properties()
            .Where(p => p.Value[NamedUnions.HandWrittenMarker] is not null || p.Value[ExtensibleEnums.ValuesKey] is not null)
            .Select(p => p.Name).Concat(Always).ToHashSet(StringComparer.Ordinal);
        var actual = (nswag.SelectToken("codeGenerators.openApiToCSharpClient.excludedTypeNames") as JArray)?
            .Select(t => (string)t!).ToHashSet(StringComparer.Ordinal) ?? [];
        var missing = expected.Except(actual).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new NormalizationException(
                "nswag.json excludedTypeNames is out of step with the hand-written types: " +
                (missing.Count > 0 ? $"add {string.Join(", ", missing)}" : "") +
                (missing.Count > 0 && extra.Count > 0 ? "; " : "") +
                (extra.Count > 0 ? $"remove {string.Join(", ", extra)}" : ""));
        }
    }
}
