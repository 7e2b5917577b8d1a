using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>Replaces each known multi-form anyOf by a $ref to its hand-written type; fails on an unknown one.</summary>
internal static class NamedUnions
{
    /// <summary>Marks a placeholder schema whose C# type is written by hand (and excluded in nswag.json).</summary>
    public const string HandWrittenMarker = "x-millis-handwritten";

    public static void Apply(JObject doc) => Apply(doc, UnionTypes.All);

    public static void Apply(JObject doc, IReadOnlyList<UnionType> unions)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["anyOf"] is not JArray anyOf)
            {
                continue;
            }

            var forms = anyOf.Where(t => !Json.IsNullSchema(t)).ToList();
            if (forms.Count < 2)
            {
                continue;
            }

            var members = forms.Select(Describe).ToList();
            var union = unions.FirstOrDefault(u => u.Members.Count == members.Count && !u.Members.Except(members, StringComparer.Ordinal).Any())
                ?? throw new NormalizationException(
                    $"{Json.Where(obj)} is a union of [{string.Join(", ", members)}] that has no hand-written type; " +
                    "add it to build/Millis.Codegen/UnionTypes.cs and write the type in facade/.");

            var rebuilt = new JArray(Json.Ref(union.Name));
            foreach (var n in anyOf.Where(Json.IsNullSchema))
            {
                rebuilt.Add(n.DeepClone());
            }

            obj["anyOf"] = rebuilt;
            used.Add(union.Name);
        }

        var schemas = Json.Schemas(doc);
        foreach (var union in unions.Where(u => used.Contains(u.Name)))
        {
            schemas[union.Name] = new JObject
            {
                ["type"] = "object",
                ["title"] = union.Name,
                ["description"] = $"One of: {string.Join(", ", union.Members)}. Hand-written in {union.HandWrittenIn}.",
                [HandWrittenMarker] = union.HandWrittenIn,
            };
        }
    }

    private static string Describe(JToken form) =>
        Json.RefName(form) ?? (form is JObject o && Json.TypeOf(o) is { } type
            ? type == "array" ? $"array<{Describe(o["items"] ?? new JObject())}>" : type
            : form.ToString(Newtonsoft.Json.Formatting.None));
}
