using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Replaces each known multi-form anyOf by a $ref to its hand-written type. An unknown one becomes the generic,
/// lossless <see cref="GenericUnion"/> (raw JSON with typed accessors) and a build warning: the build still
/// succeeds when the vendor adds a union, and spec-diff lists it as needing a named type.
/// </summary>
internal static class NamedUnions
{
    /// <summary>Marks a placeholder schema whose C# type is written by hand (and excluded in nswag.json).</summary>
    public const string HandWrittenMarker = "x-millis-handwritten";

    /// <summary>The hand-written type that holds any union without a named type.</summary>
    public const string GenericUnion = "MillisUnion";

    /// <summary>Where the generic union is written.</summary>
    public const string GenericUnionFile = "facade/Models/MillisUnion.cs";

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
            var union = unions.FirstOrDefault(u => u.Members.Count == members.Count && !u.Members.Except(members, StringComparer.Ordinal).Any());
            if (union is null)
            {
                Warnings.Add(doc, "MILLIS002",
                    $"{Json.Where(obj)} is a union of [{string.Join(", ", members)}] with no named type; it is read as {GenericUnion} (lossless). " +
                    "Give it a named type: add it to build/Millis.Codegen/UnionTypes.cs and write the type in facade/.");
                union = new UnionType(GenericUnion, members, GenericUnionFile, "any union without a named type");
            }

            var rebuilt = new JArray(Json.Ref(union.Name));
            foreach (var n in anyOf.Where(Json.IsNullSchema))
            {
                rebuilt.Add(n.DeepClone());
            }

            obj["anyOf"] = rebuilt;
            used.Add(union.Name);
        }

        var schemas = Json.Schemas(doc);
        if (used.Contains(GenericUnion))
        {
            schemas[GenericUnion] = new JObject
            {
                ["type"] = "object",
                ["title"] = GenericUnion,
                ["description"] = $"A value of one of several JSON forms that has no named type yet. Hand-written in {GenericUnionFile}.",
                [HandWrittenMarker] = GenericUnionFile,
            };
        }

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
