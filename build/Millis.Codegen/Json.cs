using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>Small helpers over Newtonsoft's JSON tree shared by the rules.</summary>
internal static class Json
{
    public const string SchemaRefPrefix = "#/components/schemas/";

    public static JObject Schemas(JObject doc) =>
        doc["components"]?["schemas"] as JObject ?? throw new NormalizationException("the document has no components.schemas");

    /// <summary>Every object in the tree, children before parents, so a rule can rewrite a node after its contents.</summary>
    public static List<JObject> ObjectsBottomUp(JToken root)
    {
        var result = new List<JObject>();
        Visit(root, result);
        return result;

        static void Visit(JToken token, List<JObject> into)
        {
            foreach (var child in token.Children())
            {
                Visit(child, into);
            }

            if (token is JObject obj)
            {
                into.Add(obj);
            }
        }
    }

    /// <summary>Puts components.schemas back in name order after a rule added schemas.</summary>
    public static void SortSchemas(JObject doc) =>
        doc["components"]!["schemas"] = new JObject(Schemas(doc).Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, p.Value)));

    public static bool IsNullSchema(JToken t) => t is JObject o && TypeOf(o) == "null" && o.Count == 1;

    /// <summary>The schema's type keyword when it is a string; null otherwise (including a property that happens to be called "type").</summary>
    public static string? TypeOf(JObject schema) => schema["type"] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    public static string? RefName(JToken? t) =>
        t is JObject o && (string?)o["$ref"] is { } r && r.StartsWith(SchemaRefPrefix, StringComparison.Ordinal) ? r[SchemaRefPrefix.Length..] : null;

    public static JObject Ref(string schemaName) => new() { ["$ref"] = SchemaRefPrefix + schemaName };

    /// <summary>A readable path to a node, for error messages.</summary>
    public static string Where(JToken t) => string.IsNullOrEmpty(t.Path) ? "(root)" : t.Path;

    /// <summary>Moves every property of <paramref name="from"/> onto <paramref name="to"/> unless <paramref name="to"/> has it already.</summary>
    public static void MergeInto(JObject from, JObject to)
    {
        foreach (var p in from.Properties())
        {
            if (to[p.Name] is null)
            {
                to[p.Name] = p.Value.DeepClone();
            }
        }
    }
}
