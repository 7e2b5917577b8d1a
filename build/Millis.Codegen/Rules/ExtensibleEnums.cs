using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Each string enum schema becomes a placeholder carrying its values; <see cref="ExtensibleEnumWriter"/> writes the
/// C# struct, and nswag.json excludes the name. Defaults that point at such a type are dropped: NSwag would write
/// a string literal where a struct is expected (the server applies the default anyway).
/// </summary>
internal static class ExtensibleEnums
{
    public const string ValuesKey = "x-millis-extensible-enum";

    public static void Apply(JObject doc)
    {
        var schemas = Json.Schemas(doc);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in schemas.Properties().ToList())
        {
            if (p.Value is JObject s && s["enum"] is JArray values && Json.TypeOf(s) == "string")
            {
                schemas[p.Name] = new JObject
                {
                    ["type"] = "object",
                    ["title"] = s["title"] ?? p.Name,
                    ["description"] = s["description"] ?? $"A {p.Name} value; values the vendor adds later round-trip unchanged.",
                    [ValuesKey] = values.DeepClone(),
                };
                names.Add(p.Name);
            }
        }

        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["default"] is not null && ReferencedNames(obj).Any(names.Contains))
            {
                obj.Remove("default");
            }
        }
    }

    private static IEnumerable<string> ReferencedNames(JObject obj)
    {
        if (Json.RefName(obj) is { } direct)
        {
            yield return direct;
        }

        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (obj[key] is JArray arr)
            {
                foreach (var t in arr)
                {
                    if (Json.RefName(t) is { } n)
                    {
                        yield return n;
                    }
                }
            }
        }
    }
}
