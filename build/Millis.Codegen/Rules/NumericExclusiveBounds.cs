using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>exclusiveMinimum: n becomes minimum: n, exclusiveMinimum: true (and the same for maximum).</summary>
internal static class NumericExclusiveBounds
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            Convert(obj, "exclusiveMinimum", "minimum");
            Convert(obj, "exclusiveMaximum", "maximum");
        }
    }

    private static void Convert(JObject obj, string exclusive, string inclusive)
    {
        if (obj[exclusive] is JValue { Type: JTokenType.Integer or JTokenType.Float } bound)
        {
            obj[inclusive] = bound.DeepClone();
            obj[exclusive] = true;
        }
    }
}
