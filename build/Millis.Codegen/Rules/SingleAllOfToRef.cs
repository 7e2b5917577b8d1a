using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>allOf [$ref] with a description beside it becomes the $ref itself (the description stays beside it).</summary>
internal static class SingleAllOfToRef
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["allOf"] is JArray { Count: 1 } allOf && Json.RefName(allOf[0]) is { } name)
            {
                obj.Remove("allOf");
                obj["$ref"] = Json.SchemaRefPrefix + name;
            }
        }
    }
}
