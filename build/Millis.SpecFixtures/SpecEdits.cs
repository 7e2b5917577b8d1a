using Newtonsoft.Json.Linq;

namespace Millis.SpecFixtures;

/// <summary>Small edits of a FastAPI-written OpenAPI 3.1 document, in the style FastAPI writes it.</summary>
internal static class SpecEdits
{
    public const string SchemaRefPrefix = "#/components/schemas/";

    public static JObject Paths(JObject doc) => doc["paths"] as JObject ?? throw new FixtureException("the spec has no paths");

    public static JObject Schemas(JObject doc) => doc["components"]?["schemas"] as JObject ?? throw new FixtureException("the spec has no components.schemas");

    public static JObject Schema(JObject doc, string name) => Schemas(doc)[name] as JObject ?? throw new FixtureException($"the spec has no schema {name}");

    public static JObject? Operation(JObject doc, string method, string path) => Paths(doc)[path]?[method] as JObject;

    public static JObject Properties(JObject schema) => schema["properties"] as JObject ?? throw new FixtureException($"schema {schema["title"]} has no properties");

    public static JObject Ref(string schema) => new() { ["$ref"] = SchemaRefPrefix + schema };

    public static JObject Type(string type) => new() { ["type"] = type };

    /// <summary>pydantic's <c>X | None</c>: <c>anyOf: [X, {type: null}]</c> with the title beside it.</summary>
    public static JObject Optional(JObject schema, string title, string? description = null)
    {
        var result = new JObject { ["anyOf"] = new JArray(schema, Type("null")) };
        if (description is not null)
        {
            result["description"] = description;
        }

        result["title"] = title;
        return result;
    }

    /// <summary>pydantic's title for a field: <c>updated_at</c> → <c>Updated At</c>.</summary>
    public static string Title(string field) =>
        string.Join(' ', field.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Adds <paramref name="name"/> where ordinal order puts it, as FastAPI orders components.schemas.</summary>
    public static void AddSorted(JObject obj, string name, JToken value)
    {
        if (obj.Properties().FirstOrDefault(p => string.CompareOrdinal(p.Name, name) > 0) is { } next)
        {
            next.AddBeforeSelf(new JProperty(name, value));
        }
        else
        {
            obj.Add(name, value);
        }
    }

    /// <summary>Adds <paramref name="name"/> right after <paramref name="after"/> (or last), as FastAPI orders routes.</summary>
    public static void AddAfter(JObject obj, string? after, string name, JToken value)
    {
        if (after is not null && obj.Property(after) is { } anchor)
        {
            anchor.AddAfterSelf(new JProperty(name, value));
        }
        else
        {
            obj.Add(name, value);
        }
    }

    /// <summary>The first candidate that <paramref name="usable"/> accepts; a fixture whose target already changed moves on to the next.</summary>
    public static T First<T>(IEnumerable<T> candidates, Func<T, bool> usable, string what)
    {
        foreach (var candidate in candidates)
        {
            if (usable(candidate))
            {
                return candidate;
            }
        }

        throw new FixtureException($"no candidate left for {what}");
    }

    /// <summary>Reverses the order of an object's members, keeping each member as it is.</summary>
    public static void Reverse(JObject obj)
    {
        var members = obj.Properties().ToList();
        obj.RemoveAll();
        foreach (var member in Enumerable.Reverse(members))
        {
            obj.Add(member);
        }
    }

    /// <summary>A <c>$ref</c>-only schema's target, or null.</summary>
    public static string? RefName(JToken? schema) =>
        (string?)schema?["$ref"] is { } reference && reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal) ? reference[SchemaRefPrefix.Length..] : null;
}
