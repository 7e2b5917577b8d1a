using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>A string property with const (pydantic's Literal) becomes a plain string defaulting to that value.</summary>
internal static class ConstToDefault
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["const"] is JValue { Type: JTokenType.String } value)
            {
                obj.Remove("const");
                obj.Remove("enum");
                obj["default"] = value.DeepClone();
            }
        }
    }
}
