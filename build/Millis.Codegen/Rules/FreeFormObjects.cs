using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>An object schema with no properties (a Python dict) gets additionalProperties: {} so NSwag types it as a dictionary.</summary>
internal static class FreeFormObjects
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (Json.TypeOf(obj) == "object" && obj["properties"] is null && obj[NamedUnions.HandWrittenMarker] is null &&
                obj[ExtensibleEnums.ValuesKey] is null && obj["additionalProperties"] is null or JValue { Type: JTokenType.Boolean, Value: true })
            {
                obj["additionalProperties"] = new JObject();
            }
        }
    }
}
