using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Every object schema with properties gets <c>additionalProperties: false</c> for NSwag, which then generates no
/// <c>AdditionalProperties</c> of its own: <c>MillisModel</c>, the base of every model, keeps unknown fields whether
/// the vendor's object is open or closed. (NSwag's property vanished the day the vendor closed an object, and with it
/// the fields the SDK kept.) Objects the vendor closed are marked <see cref="ClosedKey"/>, so the SDK can refuse extra
/// fields in a request before sending it.
/// </summary>
internal static class UnknownFieldsInBase
{
    public const string ClosedKey = "x-millis-closed";

    public static void Apply(JObject doc)
    {
        foreach (var schema in Json.Schemas(doc).Properties().Select(p => p.Value).OfType<JObject>())
        {
            if (schema["properties"] is not JObject || schema["additionalProperties"] is JObject { Count: > 0 })
            {
                continue;
            }

            if (schema["additionalProperties"] is JValue { Type: JTokenType.Boolean, Value: false })
            {
                schema[ClosedKey] = true;
            }

            schema["additionalProperties"] = false;
        }
    }
}
