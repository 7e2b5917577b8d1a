using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A new GET with a path parameter returning a new small schema, written as FastAPI writes the others.</summary>
internal static class NewOperation
{
    public static Fixture Fixture { get; } = new(
        "new-operation",
        "GET /agents/{agent_id}/stats returning a new AgentStats schema: new-path and new-schema, wire additive, C# additive (exit 1)",
        Mutate);

    private static readonly (string Path, string Schema, string Summary, string OperationId)[] Candidates =
    [
        ("/agents/{agent_id}/stats", "AgentStats", "Get Agent Stats", "get_agent_stats_agents__agent_id__stats_get"),
        ("/agents/{agent_id}/usage", "AgentUsage", "Get Agent Usage", "get_agent_usage_agents__agent_id__usage_get"),
    ];

    private static void Mutate(JObject spec)
    {
        var paths = Paths(spec);
        var schemas = Schemas(spec);
        var (path, schema, summary, operationId) = First(Candidates, c => paths[c.Path] is null && schemas[c.Schema] is null, "a new agent sub-resource");

        // The authorization header and the error responses exactly as the existing agent operations write them.
        var model = Operation(spec, "get", "/agents/{agent_id}") ?? throw new FixtureException("the spec has no GET /agents/{agent_id} to model on");
        var authorization = model["parameters"]?.FirstOrDefault(p => (string?)p["name"] == "authorization")?.DeepClone()
            ?? throw new FixtureException("GET /agents/{agent_id} has no authorization parameter");
        var responses = new JObject
        {
            ["200"] = new JObject
            {
                ["description"] = "Successful Response",
                ["content"] = new JObject { ["application/json"] = new JObject { ["schema"] = Ref(schema) } },
            },
        };
        foreach (var status in new[] { "404", "422" })
        {
            if (model["responses"]?[status] is { } response)
            {
                responses[status] = response.DeepClone();
            }
        }

        var operation = new JObject
        {
            ["tags"] = new JArray("Agents"),
            ["summary"] = summary,
            ["operationId"] = operationId,
            ["parameters"] = new JArray(
                new JObject { ["name"] = "agent_id", ["in"] = "path", ["required"] = true, ["schema"] = new JObject { ["type"] = "string", ["title"] = "Agent Id" } },
                authorization),
            ["responses"] = responses,
        };
        var lastAgentPath = paths.Properties().LastOrDefault(p => p.Name.StartsWith("/agents", StringComparison.Ordinal))?.Name;
        AddAfter(paths, lastAgentPath, path, new JObject { ["get"] = operation });

        AddSorted(schemas, schema, new JObject
        {
            ["properties"] = new JObject
            {
                ["agent_id"] = new JObject { ["type"] = "string", ["title"] = "Agent Id" },
                ["call_count"] = new JObject { ["type"] = "integer", ["title"] = "Call Count" },
                ["total_minutes"] = new JObject { ["type"] = "number", ["title"] = "Total Minutes" },
                ["last_call_at"] = Optional(Type("integer"), "Last Call At"),
            },
            ["type"] = "object",
            ["required"] = new JArray("agent_id", "call_count", "total_minutes"),
            ["title"] = schema,
        });
    }
}
