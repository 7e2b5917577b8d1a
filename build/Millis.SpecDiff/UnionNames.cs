using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// Matches unions (an anyOf/oneOf of two or more non-null forms) against the hand-written ones codegen knows,
/// build/Millis.Codegen/UnionTypes.cs (linked into this project). Members are named as codegen names them.
/// </summary>
internal static class UnionNames
{
    /// <summary>The union's members (<c>string</c>, <c>WebhookConfig</c>, <c>array&lt;string&gt;</c>) when no named union has that set; null when one does.</summary>
    public static IReadOnlyList<string>? Unnamed(IReadOnlyList<JToken> forms, Document doc)
    {
        var members = forms.Select(f => Describe(f, doc)).ToList();
        var named = UnionTypes.All.Any(u => u.Members.Count == members.Count && !u.Members.Except(members, StringComparer.Ordinal).Any());
        return named ? null : members;
    }

    /// <summary>Every unnamed union written inside <paramref name="tree"/> (not behind a $ref), as <c>[string, number]</c>.</summary>
    public static IReadOnlyList<string> UnnamedIn(JToken? tree, Document doc)
    {
        var found = new List<string>();
        foreach (var node in (tree as JContainer)?.DescendantsAndSelf().OfType<JObject>() ?? [])
        {
            if ((node["anyOf"] ?? node["oneOf"]) is JArray members && members.Where(m => !Shape.IsNull(m)).ToList() is { Count: >= 2 } forms &&
                Unnamed(forms, doc) is { } unnamed)
            {
                found.Add(List(unnamed));
            }
        }

        return found;
    }

    public static string List(IEnumerable<string> members) => "[" + string.Join(", ", members) + "]";

    /// <summary>" (needs a named union: [string, number])" for a message, or "" when there is none.</summary>
    public static string Note(IReadOnlyList<string> unions) => unions.Count == 0 ? "" : $" (needs a named union: {string.Join(", ", unions)})";

    private static string Describe(JToken form, Document doc)
    {
        var shape = Shape.Of(form, doc);
        return shape.RefName is { } name ? SchemaNames.CSharpName(name)
            : shape.Kind == "array" ? $"array<{Describe(shape.Schema["items"] ?? new JObject(), doc)}>"
            : shape.Kind;
    }
}
