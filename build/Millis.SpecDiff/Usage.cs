using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>Where a component schema is used: in what clients send, in what they receive, or both.</summary>
[Flags]
internal enum Usage
{
    None = 0,
    Request = 1,
    Response = 2,
}

internal static class UsageMap
{
    public static Usage Of(Direction direction) => direction == Direction.Request ? Usage.Request : Usage.Response;

    /// <summary>For each component schema reachable from an operation: the directions it is used in.</summary>
    public static Dictionary<string, Usage> Build(Document doc)
    {
        var map = new Dictionary<string, Usage>(StringComparer.Ordinal);
        foreach (var path in doc.Paths.Properties())
        {
            foreach (var (_, operation) in OperationDiffer.Operations(path.Value as JObject))
            {
                Mark(doc, map, operation["parameters"], Usage.Request);
                Mark(doc, map, path.Value["parameters"], Usage.Request);
                Mark(doc, map, operation["requestBody"], Usage.Request);
                Mark(doc, map, operation["responses"], Usage.Response);
            }
        }

        return map;
    }

    private static void Mark(Document doc, Dictionary<string, Usage> map, JToken? root, Usage usage)
    {
        var pending = new Stack<JToken>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            foreach (var reference in pending.Pop().SelectTokens("..$ref").Select(t => (string?)t).OfType<string>())
            {
                var name = Document.SchemaName(reference);
                var target = doc.Resolve(reference);
                if (name is null)
                {
                    pending.Push(target); // a $ref to components/parameters etc.: follow it
                    continue;
                }

                var before = map.GetValueOrDefault(name);
                if ((before & usage) != usage)
                {
                    map[name] = before | usage;
                    pending.Push(target);
                }
            }
        }
    }
}
