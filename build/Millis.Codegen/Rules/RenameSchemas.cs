using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Applies <see cref="SchemaRenames"/>, then names the <c>-Input</c>/<c>-Output</c> pairs by <see cref="InputOutputPairs"/>,
/// rewriting every <c>$ref</c>. Merged pairs keep the <c>-Output</c> body (what the server sends; the two differ only in annotations).
/// </summary>
internal static class RenameSchemas
{
    public static void Apply(JObject doc) => Apply(doc, SchemaRenames.All);

    public static void Apply(JObject doc, IReadOnlyList<SchemaRename> renames)
    {
        Rename(doc, renames.Where(r => Json.Schemas(doc)[r.From] is not null).ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal));
        Rename(doc, InputOutputPairs.Names(Json.Schemas(doc)));
    }

    private static void Rename(JObject doc, Dictionary<string, string> map)
    {
        if (map.Count == 0)
        {
            return;
        }

        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (Json.RefName(obj) is { } name && map.TryGetValue(name, out var to))
            {
                obj["$ref"] = Json.SchemaRefPrefix + to;
            }
        }

        var renamed = new JObject();
        foreach (var property in Json.Schemas(doc).Properties().OrderBy(p => p.Name.EndsWith(InputOutputPairs.OutputSuffix, StringComparison.Ordinal) ? 0 : 1))
        {
            var target = map.TryGetValue(property.Name, out var to) ? to : property.Name;
            if (renamed[target] is not null)
            {
                if (!InputOutputPairs.SameShape(renamed[target]!, property.Value))
                {
                    throw new NormalizationException($"'{property.Name}' would become '{target}', which another schema already became; give one a distinct name in build/Millis.Codegen/SchemaRenames.cs");
                }

                continue;
            }

            renamed[target] = property.Value;
        }

        doc["components"]!["schemas"] = new JObject(renamed.Properties().OrderBy(p => p.Name, StringComparer.Ordinal));
    }
}
