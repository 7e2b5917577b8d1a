using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A free-form object (a Python dict) tightened to a map of strings (dict[str, str]).</summary>
internal static class FreeFormToTypedMap
{
    public static Fixture Fixture { get; } = new(
        "free-form-to-typed-map",
        "CampaignRecordCreate.metadata becomes anyOf [{type: object, additionalProperties: {type: string}}, null]: free-form-to-typed-map on a request, wire breaking, C# breaking (exit 2)",
        Mutate);

    // Metadata objects first: the vendor's own update types WebhookConfig.headers, AppFunction.credentials and the tool headers.
    private static readonly (string Schema, string Property)[] Candidates =
    [
        ("CampaignRecordCreate", "metadata"),
        ("StartOutboundCallData", "metadata"),
        ("AgentCallData", "metadata"),
        ("InitAgent", "metadata"),
    ];

    private static void Mutate(JObject spec)
    {
        var (schema, property) = First(Candidates, c => FreeFormMember(Properties(Schema(spec, c.Schema))[c.Property]) is not null, "a free-form object property");
        var member = FreeFormMember(Properties(Schema(spec, schema))[property])!;
        member.Replace(new JObject { ["type"] = "object", ["additionalProperties"] = Type("string") });
    }

    /// <summary>The property-less object member of <c>anyOf: [{type: object, additionalProperties: true}, null]</c>.</summary>
    private static JObject? FreeFormMember(JToken? schema) =>
        (schema?["anyOf"] as JArray)?.OfType<JObject>().FirstOrDefault(m =>
            (string?)m["type"] == "object" && m["properties"] is null && m["additionalProperties"] is null or JValue { Type: JTokenType.Boolean, Value: true });
}
