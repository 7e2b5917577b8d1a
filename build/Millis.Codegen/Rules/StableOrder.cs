using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Sorts paths, the methods of each path and component schemas by name (ordinal), so the order in which the vendor
/// writes them never shows up in generated/. Properties are ordered by <see cref="PropertyOrder"/>; enum values and
/// parameters keep their order: that one means something (member order, method signatures).
/// </summary>
internal static class StableOrder
{
    private static readonly string[] MethodOrder = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static void Apply(JObject doc)
    {
        if (doc["paths"] is JObject paths)
        {
            foreach (var path in paths.Properties())
            {
                if (path.Value is JObject item)
                {
                    path.Value = Sorted(item, MethodRank);
                }
            }

            doc["paths"] = Sorted(paths, _ => 0);
        }

        if (doc["components"]?["schemas"] is JObject schemas)
        {
            doc["components"]!["schemas"] = Sorted(schemas, _ => 0);
        }
    }

    private static int MethodRank(string name)
    {
        var i = Array.IndexOf(MethodOrder, name);
        return i < 0 ? MethodOrder.Length : i;
    }

    private static JObject Sorted(JObject source, Func<string, int> rank) =>
        new(source.Properties().OrderBy(p => rank(p.Name)).ThenBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, p.Value)));
}
