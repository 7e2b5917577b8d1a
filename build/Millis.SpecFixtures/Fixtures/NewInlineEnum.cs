using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A new optional request property whose type is an enum written inline (pydantic's Literal[...] | None).</summary>
internal static class NewInlineEnum
{
    public static Fixture Fixture { get; } = new(
        "new-inline-enum",
        "StartOutboundCallData gains priority: anyOf [enum low|normal|high, null]: new-optional-property, wire additive, C# additive (exit 1)",
        Mutate);

    private static readonly (string Schema, string Property)[] Candidates =
    [
        ("StartOutboundCallData", "priority"),
        ("StartOutboundCallData", "call_priority"),
    ];

    private static void Mutate(JObject spec)
    {
        var (schema, property) = First(Candidates, c => Properties(Schema(spec, c.Schema))[c.Property] is null, "a new inline-enum property");
        var values = new JObject { ["type"] = "string", ["enum"] = new JArray("low", "normal", "high") };
        Properties(Schema(spec, schema))[property] = Optional(values, Title(property), "Dialling priority of the call.");
    }
}
