using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>
/// Writes the NSwag configuration actually run: nswag.json plus, in excludedTypeNames, every type this repository
/// writes itself (extensible enums, unions), so a new enum or union in the vendor's spec needs no edit of nswag.json.
/// </summary>
internal static class ExcludedTypes
{
    public static IReadOnlyList<string> Placeholders(JObject normalized) =>
        Json.Schemas(normalized).Properties()
            .Where(p => p.Value[NamedUnions.HandWrittenMarker] is not null || p.Value[ExtensibleEnums.ValuesKey] is not null)
            .Select(p => p.Name).ToList();

    /// <summary>nswag.json with the placeholders excluded and its relative paths made absolute against <paramref name="repoRoot"/>.</summary>
    public static JObject EffectiveConfig(JObject nswag, JObject normalized, string repoRoot, string normalizedPath)
    {
        var config = (JObject)nswag.DeepClone();
        var csharp = (JObject)config.SelectToken("codeGenerators.openApiToCSharpClient")!;
        var listed = (csharp["excludedTypeNames"] as JArray)?.Select(t => (string)t!) ?? [];
        var placeholders = Placeholders(normalized);
        var clash = listed.Intersect(placeholders, StringComparer.Ordinal).ToList();
        if (clash.Count > 0)
        {
            throw new NormalizationException($"nswag.json excludedTypeNames lists {string.Join(", ", clash)}, which the codegen excludes by itself; remove them there");
        }

        csharp["excludedTypeNames"] = new JArray(listed.Concat(placeholders).Order(StringComparer.Ordinal));
        foreach (var key in new[] { "output", "contractsOutputFilePath", "templateDirectory" })
        {
            if (csharp[key] is JValue { Type: JTokenType.String } value)
            {
                csharp[key] = Path.GetFullPath(Path.Combine(repoRoot, (string)value!));
            }
        }

        config["documentGenerator"]!["fromDocument"]!["url"] = Path.GetFullPath(normalizedPath);
        return config;
    }
}
