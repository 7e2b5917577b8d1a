using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>
/// Whether two schema bodies generate the same C# type: equal once annotations that generate no code here are removed
/// (description, title, default: the SDK never sends defaults, examples). Shared with build/Millis.SpecDiff (linked),
/// so the diff calls a pair split exactly when codegen splits it.
/// </summary>
internal static class SchemaShape
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "description", "title", "default", "examples", "example" };

    public static bool Same(JToken a, JToken b) => JToken.DeepEquals(Strip(a), Strip(b));

    /// <summary>A copy without annotation keywords; the keys of a "properties" map are field names and always stay.</summary>
    public static JToken Strip(JToken schema)
    {
        switch (schema)
        {
            case JObject obj:
                var copy = new JObject();
                foreach (var p in obj.Properties())
                {
                    if (Annotations.Contains(p.Name))
                    {
                        continue;
                    }

                    copy[p.Name] = p.Name is "properties" && p.Value is JObject map
                        ? new JObject(map.Properties().Select(f => new JProperty(f.Name, Strip(f.Value))))
                        : Strip(p.Value);
                }

                return copy;
            case JArray arr:
                return new JArray(arr.Select(Strip));
            default:
                return schema.DeepClone();
        }
    }
}
