using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Lifts every string enum written inside a property or parameter (<c>response_mode: {enum: [strict, flexible]}</c>)
/// into a component schema, so <see cref="ExtensibleEnums"/> makes it a string-backed struct like the named enums.
/// The name comes from the field's title (<c>Response Mode</c> becomes <c>ResponseMode</c>), shared by every field
/// with the same values; on a clash with different values the owning schema's name is prefixed.
/// </summary>
internal static class InlineEnums
{
    public static void Apply(JObject doc)
    {
        var schemas = Json.Schemas(doc);
        var lifted = new List<(string Owner, string? Field, string? Title, JObject Node)>();
        foreach (var p in schemas.Properties().ToList())
        {
            if (p.Value is JObject root)
            {
                Visit(root, p.Name, null, null, isRoot: true, lifted);
            }
        }

        foreach (var operation in AuthHeaderToSecurityScheme.Operations(doc))
        {
            var owner = OperationNames.Pascal((string?)operation["operationId"] ?? "Operation");
            foreach (var parameter in (operation["parameters"] as JArray)?.OfType<JObject>() ?? [])
            {
                if (parameter["schema"] is JObject schema)
                {
                    Visit(schema, owner, (string?)parameter["name"], (string?)schema["title"], isRoot: false, lifted);
                }
            }
        }

        foreach (var (owner, field, title, node) in lifted)
        {
            var values = (JArray)node["enum"]!;
            var name = Choose(schemas, OperationNames.Pascal(title ?? field ?? "Value"), owner, values);
            schemas[name] ??= new JObject { ["type"] = "string", ["enum"] = values.DeepClone(), ["title"] = name };
            var kept = new JObject { ["$ref"] = Json.SchemaRefPrefix + name };
            foreach (var key in new[] { "description", "title", "default" })
            {
                if (node[key] is { } value)
                {
                    kept[key] = value;
                }
            }

            node.Replace(kept);
        }

        Json.SortSchemas(doc);
    }

    private static void Visit(JObject node, string owner, string? field, string? title, bool isRoot, List<(string, string?, string?, JObject)> lifted)
    {
        if (!isRoot && node["enum"] is JArray values && values.All(v => v.Type == JTokenType.String) && node["const"] is null
            && Json.TypeOf(node) is "string" or null && node["$ref"] is null)
        {
            lifted.Add((owner, field, title, node));
            return;
        }

        if (node["properties"] is JObject properties)
        {
            foreach (var f in properties.Properties())
            {
                if (f.Value is JObject sub)
                {
                    Visit(sub, owner, f.Name, (string?)sub["title"], isRoot: false, lifted);
                }
            }
        }

        foreach (var key in new[] { "items", "additionalProperties", "not" })
        {
            if (node[key] is JObject child)
            {
                Visit(child, owner, field, title, isRoot: false, lifted);
            }
        }

        foreach (var key in new[] { "anyOf", "oneOf", "allOf" })
        {
            foreach (var child in (node[key] as JArray)?.OfType<JObject>() ?? [])
            {
                Visit(child, owner, field, title, isRoot: false, lifted);
            }
        }
    }

    private static string Choose(JObject schemas, string name, string owner, JArray values)
    {
        foreach (var candidate in new[] { name, owner + name })
        {
            if (schemas[candidate] is not JObject existing || (existing["enum"] is JArray known && JToken.DeepEquals(known, values)))
            {
                return candidate;
            }
        }

        throw new NormalizationException($"the inline enum of {owner}.{name} clashes with schemas {name} and {owner}{name}; add a name for it to build/Millis.Codegen/SchemaRenames.cs");
    }
}
