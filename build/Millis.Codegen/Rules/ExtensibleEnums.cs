using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Each string enum schema becomes a placeholder carrying its values; <see cref="ExtensibleEnumWriter"/> writes the
/// C# struct, and the NSwag configuration the tool writes excludes the name.
/// </summary>
internal static class ExtensibleEnums
{
    public const string ValuesKey = "x-millis-extensible-enum";

    public static void Apply(JObject doc)
    {
        var schemas = Json.Schemas(doc);
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
            }
        }
    }
}
