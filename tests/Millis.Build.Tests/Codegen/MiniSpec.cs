using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Builds the small hand-made OpenAPI 3.1 documents the normalizer tests run on.</summary>
internal static class MiniSpec
{
    /// <summary>
    /// The normalizer without rule docs-overlay, so a rule's test sees only that rule's output (docs-overlay would add a
    /// description and a marker to every undescribed schema and field; DocsOverlayTests cover it).
    /// </summary>
    public static JObject Normalize(JObject spec, JObject? propertyOrder = null) =>
        Millis.Codegen.SpecNormalizer.Normalize(spec, propertyOrder, out _, skip: "docs-overlay");

    /// <summary>A document with one schema called Thing and one GET operation returning it.</summary>
    public static JObject With(JObject thing, params (string Name, JObject Schema)[] more)
    {
        var schemas = new JObject { ["Thing"] = thing };
        foreach (var (name, schema) in more)
        {
            schemas[name] = schema;
        }

        return new JObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JObject { ["title"] = "FastAPI", ["version"] = "0.1.0" },
            ["paths"] = new JObject
            {
                ["/things"] = new JObject
                {
                    ["get"] = new JObject
                    {
                        ["tags"] = new JArray("Things"),
                        ["summary"] = "Get Things",
                        ["operationId"] = "get_things_things_get",
                        ["responses"] = new JObject
                        {
                            ["200"] = new JObject
                            {
                                ["description"] = "Successful Response",
                                ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = new JObject { ["$ref"] = "#/components/schemas/Thing" } } },
                            },
                        },
                    },
                },
            },
            ["components"] = new JObject { ["schemas"] = schemas },
        };
    }

    public static JObject Nullable(JObject schema) => new() { ["anyOf"] = new JArray(schema, new JObject { ["type"] = "null" }) };

    public static JObject Ref(string name) => new() { ["$ref"] = "#/components/schemas/" + name };

    public static JObject Thing(JObject normalized) => (JObject)normalized["components"]!["schemas"]!["Thing"]!;

    /// <summary>{type: t}.</summary>
    public static JObject Type(string type) => new() { ["type"] = type };

    /// <summary>An object schema with the given properties.</summary>
    public static JObject Object(params (string Name, JObject Schema)[] properties)
    {
        var props = new JObject();
        foreach (var (name, schema) in properties)
        {
            props[name] = schema;
        }

        return new JObject { ["type"] = "object", ["properties"] = props };
    }

    /// <summary>A document whose Thing schema is an object with one property, called "p".</summary>
    public static JObject WithProperty(JObject property, params (string Name, JObject Schema)[] more) => With(Object(("p", property)), more);

    /// <summary>The property "p" of Thing in a normalized document.</summary>
    public static JObject Property(JObject normalized) => (JObject)Thing(normalized)["properties"]!["p"]!;

    public static JObject Schema(JObject normalized, string name) => (JObject)normalized["components"]!["schemas"]![name]!;

    public static JObject Schemas(JObject doc) => (JObject)doc["components"]!["schemas"]!;

    /// <summary>The GET /things operation.</summary>
    public static JObject GetThings(JObject doc) => (JObject)doc["paths"]!["/things"]!["get"]!;

    /// <summary>Adds an operation (FastAPI style: tag, summary and operationId) and returns it.</summary>
    public static JObject AddOperation(JObject doc, string path, string method, string tag, string summary, string operationId)
    {
        var paths = (JObject)doc["paths"]!;
        if (paths[path] is not JObject item)
        {
            item = new JObject();
            paths[path] = item;
        }

        var operation = new JObject
        {
            ["tags"] = new JArray(tag),
            ["summary"] = summary,
            ["operationId"] = operationId,
            ["responses"] = new JObject { ["200"] = new JObject { ["description"] = "Successful Response" } },
        };
        item[method] = operation;
        return operation;
    }

    /// <summary>The 'authorization' header parameter FastAPI puts on every operation.</summary>
    public static JObject AuthorizationHeader() => new()
    {
        ["name"] = "authorization",
        ["in"] = "header",
        ["required"] = false,
        ["schema"] = new JObject
        {
            ["anyOf"] = new JArray(Type("string"), Type("null")),
            ["description"] = "Private Key",
            ["title"] = "Authorization",
        },
        ["description"] = "Private Key",
    };
}
