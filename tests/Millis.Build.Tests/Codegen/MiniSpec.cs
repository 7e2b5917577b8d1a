using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Builds the small hand-made OpenAPI 3.1 documents the normalizer tests run on.</summary>
internal static class MiniSpec
{
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
}
