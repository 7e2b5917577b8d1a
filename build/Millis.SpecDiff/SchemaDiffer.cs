using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// Walks an old and a new schema side by side (through $refs, allOf, anyOf-null, array items and map values) and
/// records how they differ, classified by the direction the data flows (wire) and by what codegen makes of it (C#).
/// </summary>
internal sealed class SchemaDiffer(Findings findings)
{
    // Pairs of component schemas being compared right now: a recursive schema is compared once, not forever.
    private readonly HashSet<(string, string)> _open = [];

    /// <summary>
    /// Compares two schemas; <paramref name="where"/> is the operation part of the location (<c>GET /phones 200</c>),
    /// <paramref name="path"/> the path inside the schema (<c>[].agent_config_override</c>).
    /// </summary>
    public void Compare(JToken? oldSchema, JToken? newSchema, string where, string path, Direction direction, Holder holder = default)
    {
        var o = Shape.Of(oldSchema, findings.Old);
        var n = Shape.Of(newSchema, findings.New);
        var pair = (o.RefName ?? "", n.RefName ?? "");
        if (o.RefName is not null && n.RefName is not null && !_open.Add(pair))
        {
            return;
        }

        try
        {
            CompareShapes(o, n, where, path, direction, holder);
        }
        finally
        {
            if (o.RefName is not null && n.RefName is not null)
            {
                _open.Remove(pair);
            }
        }
    }

    private void CompareShapes(Shape o, Shape n, string where, string path, Direction direction, Holder holder)
    {
        var at = Findings.At(where, path);
        if (o.TypeKey != n.TypeKey)
        {
            var message = $"type changed from {o.Describe(findings.Old)} to {n.Describe(findings.New)}";
            if (n.Kind == "union" && UnionNames.Unnamed(n.Variants, findings.New) is { } members)
            {
                // Codegen turns it into a generic lossless union type until someone writes a named one.
                findings.Breaking("new-unnamed-union", at, $"{message}: {UnionNames.List(members)} matches no named union", needsNamedUnion: true);
            }
            else
            {
                findings.Breaking("type-changed", at, message);
            }

            return;
        }

        var csNullability = CSharpRules.Nullability(o.Nullable, n.Nullable, n, holder);
        if (!o.Nullable && n.Nullable)
        {
            findings.Widened(UsageMap.Of(direction), at, $"now nullable (type changed from {o.Describe(findings.Old)} to {n.Describe(findings.New)})", csNullability);
        }
        else if (o.Nullable && !n.Nullable)
        {
            findings.Narrowed(UsageMap.Of(direction), at, $"no longer nullable (type changed from {o.Describe(findings.Old)} to {n.Describe(findings.New)})", csNullability);
        }

        // A named enum is compared once, in the components section, not at every place that uses it.
        if (o.RefName is null || o.RefName != n.RefName)
        {
            EnumDiffer.Compare(o, n, at, UsageMap.Of(direction), findings);
        }

        switch (o.Kind)
        {
            case "object":
                CompareProperties(o.Schema, n.Schema, where, path, direction);
                if (OpennessDiffer.Compare(o, n, at, direction, findings))
                {
                    Compare(o.Schema["additionalProperties"], n.Schema["additionalProperties"], where, path + "{}", direction);
                }

                break;
            case "array":
                Compare(o.Schema["items"], n.Schema["items"], where, path + "[]", direction);
                break;
            case "union":
                CompareVariants(o, n, where, path, direction);
                break;
        }
    }

    private void CompareProperties(JObject oldSchema, JObject newSchema, string where, string path, Direction direction)
    {
        var oldProps = oldSchema["properties"] as JObject ?? new JObject();
        var newProps = newSchema["properties"] as JObject ?? new JObject();
        var oldRequired = Required(oldSchema);
        var newRequired = Required(newSchema);
        var noun = direction == Direction.Request ? "request property" : "response field";
        foreach (var p in oldProps.Properties())
        {
            var at = Findings.At(where, Findings.Child(path, p.Name));
            if (newProps[p.Name] is not { } newProp)
            {
                findings.Breaking("removed-property", at, $"{noun} removed");
                continue;
            }

            var (wasRequired, isRequired) = (oldRequired.Contains(p.Name), newRequired.Contains(p.Name));
            var holder = new Holder(!wasRequired, !isRequired, IsParameter: false);
            if (wasRequired != isRequired)
            {
                var (o, n) = (Shape.Of(p.Value, findings.Old), Shape.Of(newProp, findings.New));
                var csharp = CSharpRules.Nullability(o.Nullable, n.Nullable, n, holder);
                switch (isRequired, direction)
                {
                    case (true, Direction.Request):
                        findings.Breaking("property-made-required", at, "request property is now required", csharp);
                        break;
                    case (true, Direction.Response):
                        findings.Additive("response-field-made-required", at, "response field is now always present", csharp);
                        break;
                    case (false, Direction.Request):
                        findings.Additive("property-made-optional", at, "request property is now optional", csharp);
                        break;
                    default:
                        findings.Breaking("response-field-made-optional", at, "response field is no longer required", csharp);
                        break;
                }
            }

            DefaultDiffer.Compare(p.Value, newProp, at, findings);
            Compare(p.Value, newProp, where, Findings.Child(path, p.Name), direction, holder);
        }

        foreach (var p in newProps.Properties().Where(p => oldProps[p.Name] is null))
        {
            var at = Findings.At(where, Findings.Child(path, p.Name));
            var type = Shape.Of(p.Value, findings.New).Describe(findings.New);
            var unions = UnionNames.UnnamedIn(p.Value, findings.New);
            var (note, flag) = (UnionNames.Note(unions), unions.Count > 0);
            if (direction == Direction.Response)
            {
                findings.Additive("new-response-field", at, $"new response field ({type}){note}", needsNamedUnion: flag);
            }
            else if (newRequired.Contains(p.Name))
            {
                // A new settable property: code that compiled still compiles.
                findings.Breaking("new-required-request-property", at, $"new required request property ({type}){note}", DiffKind.Additive, flag);
            }
            else
            {
                findings.Additive("new-optional-property", at, $"new optional request property ({type}){note}", needsNamedUnion: flag);
            }
        }
    }

    private void CompareVariants(Shape o, Shape n, string where, string path, Direction direction)
    {
        var at = Findings.At(where, path);
        var oldByKey = Variants(o, findings.Old);
        var newByKey = Variants(n, findings.New);

        // Another member set is another C# union type: a different named one, or the generic one.
        var unnamed = UnionNames.Unnamed(n.Variants, findings.New);
        var note = unnamed is null ? "" : $"; {UnionNames.List(unnamed)} matches no named union";
        foreach (var (key, oldVariant) in oldByKey)
        {
            if (newByKey.TryGetValue(key, out var newVariant))
            {
                Compare(oldVariant, newVariant, where, path, direction);
            }
            else
            {
                findings.Narrowed(UsageMap.Of(direction), at, $"union member {key} removed{note}", DiffKind.Breaking, needsNamedUnion: unnamed is not null);
            }
        }

        foreach (var key in newByKey.Keys.Where(k => !oldByKey.ContainsKey(k)))
        {
            findings.Widened(UsageMap.Of(direction), at, $"new union member {key}{note}", DiffKind.Breaking, needsNamedUnion: unnamed is not null);
        }
    }

    /// <summary>A union's members keyed by what they are: the component name, or the inline type.</summary>
    private static Dictionary<string, JToken> Variants(Shape union, Document doc)
    {
        var result = new Dictionary<string, JToken>(StringComparer.Ordinal);
        foreach (var variant in union.Variants)
        {
            var shape = Shape.Of(variant, doc);
            var key = shape.RefName ?? shape.TypeKey;
            var unique = key;
            for (var i = 2; result.ContainsKey(unique); i++)
            {
                unique = $"{key}#{i}";
            }

            result[unique] = variant;
        }

        return result;
    }

    private static HashSet<string> Required(JObject schema) =>
        (schema["required"] as JArray)?.Select(r => (string?)r).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
}
