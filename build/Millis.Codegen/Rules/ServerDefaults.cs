using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Removes every <c>default</c> from schemas and parameters and states it in the description instead ("Server
/// default: ..."). A default is what the server applies to an omitted field; NSwag would initialize properties with
/// it and send it, so an update setting one field would reset others (recording off, language back to en-US).
/// </summary>
internal static class ServerDefaults
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["default"] is not { } value || !IsSchema(obj))
            {
                continue;
            }

            obj.Remove("default");
            if (IsEmpty(value))
            {
                continue;
            }

            var note = "Server default: " + Show(value) + ".";
            obj["description"] = obj["description"] is JValue { Type: JTokenType.String } d && !string.IsNullOrWhiteSpace((string?)d)
                ? ((string)d!).TrimEnd() + (((string)d!).TrimEnd().EndsWith('.') ? " " : ". ") + note
                : note;
        }
    }

    /// <summary>
    /// A schema, not a map that merely holds a key "default" (a field called default in "properties", the default
    /// response in "responses"): those keys' values are objects, a schema's keywords below are not.
    /// </summary>
    private static bool IsSchema(JObject obj) =>
        obj["type"] is JValue or JArray || obj["$ref"] is JValue || obj["title"] is JValue || obj["description"] is JValue
        || obj["anyOf"] is JArray || obj["oneOf"] is JArray || obj["allOf"] is JArray;

    private static bool IsEmpty(JToken value) => value is JArray { Count: 0 } or JObject { Count: 0 } || value.Type == JTokenType.Null;

    private static string Show(JToken value) => value.Type switch
    {
        JTokenType.String => "\"" + (string?)value + "\"",
        JTokenType.Boolean => ((bool)value) ? "true" : "false",
        JTokenType.Float => ((double)value).ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString(Formatting.None),
    };
}
