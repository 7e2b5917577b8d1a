using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// A schema with the OpenAPI 3.1 / FastAPI wrappers taken off: <c>$ref</c>s followed, <c>allOf: [one]</c> unwrapped,
/// <c>anyOf/oneOf: [X, {type: null}]</c> and <c>type: [X, "null"]</c> read as "X, nullable".
/// </summary>
/// <param name="Kind">string, integer, number, boolean, object, array, union, null or any.</param>
/// <param name="Format">The format keyword, part of the type (int32 vs int64 is a different generated type).</param>
/// <param name="Nullable">Whether null is allowed.</param>
/// <param name="Schema">The innermost schema, whose properties/items/enum are compared.</param>
/// <param name="RefName">The last component schema followed on the way in, if any.</param>
/// <param name="Variants">For a union: its non-null members.</param>
public sealed record Shape(string Kind, string? Format, bool Nullable, JObject Schema, string? RefName, IReadOnlyList<JToken> Variants)
{
    public static Shape Of(JToken? token, Document doc)
    {
        var schema = token as JObject ?? new JObject();
        var nullable = false;
        string? refName = null;
        for (var hops = 0; hops < 64; hops++)
        {
            if ((string?)schema["$ref"] is { } reference)
            {
                refName = Document.SchemaName(reference) ?? refName;
                schema = doc.Deref(schema) ?? new JObject();
                continue;
            }

            if (schema["allOf"] is JArray { Count: 1 } allOf && schema["properties"] is null)
            {
                schema = allOf[0] as JObject ?? new JObject();
                continue;
            }

            if ((schema["anyOf"] ?? schema["oneOf"]) is JArray members)
            {
                var nonNull = members.Where(m => !IsNull(m)).ToList();
                nullable |= nonNull.Count < members.Count;
                if (nonNull.Count == 1)
                {
                    schema = nonNull[0] as JObject ?? new JObject();
                    continue;
                }

                return new Shape(nonNull.Count == 0 ? "null" : "union", null, nullable, schema, refName, nonNull);
            }

            break;
        }

        var (kind, typeNullable) = KindOf(schema);
        return new Shape(kind, (string?)schema["format"], nullable || typeNullable, schema, refName, []);
    }

    /// <summary>The enum values (a <c>const</c> counts as a one-value enum), or null when the schema has none.</summary>
    public IReadOnlyList<JToken>? EnumValues =>
        Schema["enum"] is JArray values ? values.Where(v => v.Type != JTokenType.Null).ToList()
        : Schema["const"] is { } constant ? [constant]
        : null;

    /// <summary>For messages: <c>string</c>, <c>integer (int64), nullable</c>, <c>VoiceProvider</c>, <c>array of string</c>.</summary>
    public string Describe(Document doc, int depth = 0)
    {
        var text = Kind is "object" or "union" || EnumValues is not null ? RefName ?? Kind : Kind;
        if (Kind == "array" && Schema["items"] is { } items && depth < 4)
        {
            text = "array of " + Of(items, doc).Describe(doc, depth + 1);
        }

        if (Format is not null)
        {
            text += $" ({Format})";
        }

        return Nullable ? text + ", nullable" : text;
    }

    /// <summary>The type without nullability: equal keys mean the same generated type.</summary>
    public string TypeKey => Format is null ? Kind : Kind + ":" + Format;

    public static bool IsNull(JToken t) => t is JObject o && (string?)o["type"] == "null" && o["$ref"] is null;

    private static (string Kind, bool Nullable) KindOf(JObject schema)
    {
        switch (schema["type"])
        {
            case JValue { Type: JTokenType.String } v:
                return ((string)v!, false);
            case JArray types:
                var names = types.Select(t => (string?)t).Where(t => t is not null && t != "null").Select(t => t!).ToList();
                var nullable = names.Count < types.Count;
                return (names.Count == 1 ? names[0] : names.Count == 0 ? "null" : string.Join("|", names.Order(StringComparer.Ordinal)), nullable);
        }

        if (schema["properties"] is not null)
        {
            return ("object", false);
        }

        if (schema["items"] is not null)
        {
            return ("array", false);
        }

        var first = (schema["enum"] as JArray)?.FirstOrDefault(v => v.Type != JTokenType.Null) ?? schema["const"];
        return first?.Type switch
        {
            JTokenType.String => ("string", false),
            JTokenType.Integer => ("integer", false),
            JTokenType.Float => ("number", false),
            JTokenType.Boolean => ("boolean", false),
            _ => ("any", false),
        };
    }
}
