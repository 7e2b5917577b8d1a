using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>Applies <see cref="SchemaRenames"/>: renames schemas, rewrites every $ref, merges identical -Input/-Output pairs.</summary>
internal static class RenameSchemas
{
    public static void Apply(JObject doc) => Apply(doc, SchemaRenames.All);

    public static void Apply(JObject doc, IReadOnlyList<SchemaRename> renames)
    {
        var schemas = Json.Schemas(doc);
        var map = renames.Where(r => schemas[r.From] is not null).ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);

        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (Json.RefName(obj) is { } name && map.TryGetValue(name, out var to))
            {
                obj["$ref"] = Json.SchemaRefPrefix + to;
            }
        }

        var renamed = new JObject();
        var mergedFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in schemas.Properties())
        {
            var target = map.TryGetValue(property.Name, out var to) ? to : property.Name;
            if (renamed[target] is { } existing)
            {
                var source = mergedFrom.TryGetValue(target, out var s) ? s : target;
                if (!JToken.DeepEquals(existing, property.Value))
                {
                    throw new NormalizationException(
                        $"'{source}' and '{property.Name}' both become '{target}' but their bodies differ; " +
                        $"give them distinct names in build/Millis.Codegen/SchemaRenames.cs (e.g. {target}Request / {target}Response).");
                }

                continue;
            }

            renamed[target] = property.Value;
            mergedFrom[target] = property.Name;
        }

        doc["components"]!["schemas"] = new JObject(renamed.Properties().OrderBy(p => p.Name, StringComparer.Ordinal));
    }
}
