using Millis.SpecDiff;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>Builds the tiny OpenAPI 3.1 documents the spec-diff tests compare, FastAPI style.</summary>
internal static class DiffSpec
{
    public static JObject Str => new() { ["type"] = "string" };

    public static JObject Int => new() { ["type"] = "integer" };

    public static JObject Doc(JObject paths, params (string Name, JObject Schema)[] schemas) => new()
    {
        ["openapi"] = "3.1.0",
        ["info"] = new JObject { ["title"] = "FastAPI", ["version"] = "0.1.0" },
        ["paths"] = paths,
        ["components"] = new JObject { ["schemas"] = new JObject(schemas.Select(s => new JProperty(s.Name, s.Schema))) },
    };

    /// <summary><c>GET /things</c> whose 200 response is <paramref name="response"/>.</summary>
    public static JObject Returning(JObject response, params (string Name, JObject Schema)[] schemas) =>
        Doc(new JObject { ["/things"] = new JObject { ["get"] = Operation(response) } }, schemas);

    /// <summary><c>POST /things</c> whose required request body is <paramref name="body"/>.</summary>
    public static JObject Taking(JObject body, params (string Name, JObject Schema)[] schemas) =>
        Doc(new JObject { ["/things"] = new JObject { ["post"] = WithBody(Operation(new JObject()), body) } }, schemas);

    /// <summary><c>GET /things</c> with these parameters and an empty 200 response.</summary>
    public static JObject WithParameters(params JObject[] parameters)
    {
        var get = Operation(new JObject());
        get["parameters"] = new JArray(parameters.Cast<object>().ToArray());
        return Doc(new JObject { ["/things"] = new JObject { ["get"] = get } });
    }

    public static JObject Operation(JObject response) => new()
    {
        ["parameters"] = new JArray(Parameter("authorization", "header", required: true, Str)),
        ["responses"] = new JObject
        {
            ["200"] = new JObject
            {
                ["description"] = "Successful Response",
                ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = response } },
            },
        },
    };

    public static JObject WithBody(JObject operation, JObject body, bool required = true)
    {
        operation["requestBody"] = new JObject
        {
            ["required"] = required,
            ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = body } },
        };
        return operation;
    }

    public static JObject Parameter(string name, string location, bool required, JObject schema) => new()
    {
        ["name"] = name,
        ["in"] = location,
        ["required"] = required,
        ["schema"] = schema,
    };

    /// <summary>An object schema; names listed in <paramref name="required"/> go in its required list.</summary>
    public static JObject Object(JObject properties, params string[] required)
    {
        var schema = new JObject { ["properties"] = properties, ["type"] = "object" };
        if (required.Length > 0)
        {
            schema["required"] = new JArray(required.Cast<object>().ToArray());
        }

        return schema;
    }

    public static JObject Array(JObject items) => new() { ["type"] = "array", ["items"] = items };

    public static JObject Nullable(JObject schema) => new() { ["anyOf"] = new JArray(schema, new JObject { ["type"] = "null" }) };

    public static JObject AnyOf(params JObject[] members) => new() { ["anyOf"] = new JArray(members.Cast<object>().ToArray()) };

    public static JObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    /// <summary>FastAPI's <c>allOf: [$ref]</c> beside a description.</summary>
    public static JObject AllOf(string name) => new() { ["allOf"] = new JArray(Ref(name)), ["description"] = "A " + name + "." };

    public static JObject Enum(params string[] values) => new() { ["type"] = "string", ["enum"] = new JArray(values.Cast<object>().ToArray()), ["title"] = "E" };

    /// <summary>
    /// Each difference as <c>wire/csharp rule location: message</c> (verdicts breaking, additive or none), ending in
    /// <c>[needs a named union]</c> when flagged, for exact assertions.
    /// </summary>
    public static string[] Diff(JObject oldSpec, JObject newSpec) =>
        SpecDiffer.Compare(oldSpec, newSpec).Select(Line).ToArray();

    public static string Line(Difference d) =>
        $"{Difference.Name(d.Wire)}/{Difference.Name(d.CSharp)} {d.Rule} {d.Location}: {d.Message}{(d.NeedsNamedUnion ? " [needs a named union]" : "")}";

    /// <summary>Asserts the single difference from <paramref name="a"/> to <paramref name="b"/>, and the one back.</summary>
    public static void AssertBothWays(JObject a, JObject b, string forward, string backward)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Diff(a, b), Is.EqualTo(new[] { forward }), "old → new");
            Assert.That(Diff(b, a), Is.EqualTo(new[] { backward }), "new → old");
        });
    }
}
