using System.Collections;
using System.Text;
using Millis.Models;
using Newtonsoft.Json.Serialization;

namespace Millis.Serialization;

/// <summary>Follows a Newtonsoft JSON path (<c>a.b[3]['odd key']</c>) through deserialized models, maps and lists.</summary>
internal static class ObjectPath
{
    /// <summary>The deepest model on the path and the field of it the path goes through, with that field's own path.</summary>
    public static (MillisModel Model, string Member, string Path)? Owner(object? root, string path, IContractResolver resolver)
    {
        (MillisModel, string, string)? owner = null;
        var current = root;
        var prefix = new StringBuilder();
        foreach (var segment in Segments(path))
        {
            // A union is transparent: its form sits at the union's own path.
            while (current is JsonUnion { Held: { } held })
            {
                current = held;
            }

            object? next = null;
            switch (current)
            {
                case MillisModel model when segment.Name is { } name
                    && resolver.ResolveContract(model.GetType()) is JsonObjectContract contract
                    && contract.Properties.GetProperty(name, StringComparison.Ordinal) is { Ignored: false } property:
                    Append(prefix, segment);
                    owner = (model, name, prefix.ToString());
                    next = property.ValueProvider!.GetValue(model);
                    break;
                case IList list when segment.Index is { } index && index < list.Count:
                    Append(prefix, segment);
                    next = list[index];
                    break;
                case IDictionary dictionary when segment.Name is { } key && dictionary.Contains(key):
                    Append(prefix, segment);
                    next = dictionary[key];
                    break;
                default:
                    return owner;
            }

            current = next;
        }

        return owner;
    }

    private static void Append(StringBuilder prefix, (string? Name, int? Index) segment)
    {
        if (segment.Index is { } i)
        {
            prefix.Append('[').Append(i).Append(']');
        }
        else
        {
            prefix.Append(prefix.Length == 0 ? "" : ".").Append("['").Append(segment.Name!.Replace("'", "\\'")).Append("']");
        }
    }

    private static IEnumerable<(string? Name, int? Index)> Segments(string path)
    {
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path[i] == '[')
            {
                if (i + 1 < path.Length && path[i + 1] == '\'')
                {
                    var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        yield break;
                    }

                    yield return (path.Substring(i + 2, end - i - 2).Replace("\\'", "'"), null);
                    i = end + 2;
                }
                else
                {
                    var end = path.IndexOf(']', i);
                    if (end < 0 || !int.TryParse(path.Substring(i + 1, end - i - 1), out var index))
                    {
                        yield break;
                    }

                    yield return (null, index);
                    i = end + 1;
                }
            }
            else
            {
                var end = i;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                yield return (path.Substring(i, end - i), null);
                i = end;
            }
        }
    }
}
