using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>Objects closed with additionalProperties: false (pydantic's extra="forbid"), on both sides of the wire.</summary>
internal static class ClosedObject
{
    public static Fixture Fixture { get; } = new(
        "closed-object",
        "additionalProperties: false on PartialAgentConfig-Input/-Output, CampaignEditRequest and CampaignInfo: object-closed, wire breaking where sent and none where received, C# none (exit 2)",
        Mutate);

    // Both halves of the pair, so it stays one C# type. The vendor's update closes them already; the campaign schemas
    // keep the fixture closing one request and one response schema whatever the base spec says.
    private static readonly string[] Pair = ["PartialAgentConfig-Input", "PartialAgentConfig-Output"];
    private static readonly string[] Requests = ["CampaignEditRequest", "SetCallerRequest", "UpdateTagsRequest"];
    private static readonly string[] Responses = ["CampaignInfo", "UserInfo", "GenericResponse"];

    private static void Mutate(JObject spec)
    {
        var schemas = Schemas(spec);
        var targets = Pair.Where(name => schemas[name] is JObject schema && !IsClosed(schema))
            .Append(First(Requests, name => schemas[name] is JObject schema && !IsClosed(schema), "a request schema to close"))
            .Append(First(Responses, name => schemas[name] is JObject schema && !IsClosed(schema), "a response schema to close"));
        foreach (var name in targets)
        {
            Schema(spec, name)["additionalProperties"] = false;
        }
    }

    private static bool IsClosed(JObject schema) => schema["additionalProperties"] is JValue { Type: JTokenType.Boolean, Value: false };
}
