using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A new optional field in a request-only schema and one in a response-only schema.</summary>
internal static class NewOptionalFields
{
    public static Fixture Fixture { get; } = new(
        "new-optional-fields",
        "CampaignCreate gains description, UserInfo gains plan: new-optional-property and new-response-field, wire additive, C# additive (exit 1)",
        Mutate);

    private static readonly (string Schema, string Property, string Description)[] Requests =
    [
        ("CampaignCreate", "description", "What the campaign is for."),
        ("CampaignCreate", "notes", "What the campaign is for."),
    ];

    private static readonly (string Schema, string Property, string Description)[] Responses =
    [
        ("UserInfo", "plan", "The account's billing plan."),
        ("UserInfo", "billing_plan", "The account's billing plan."),
    ];

    private static void Mutate(JObject spec)
    {
        foreach (var candidates in new[] { Requests, Responses })
        {
            var (schema, property, description) = First(candidates, c => Properties(Schema(spec, c.Schema))[c.Property] is null, "a new optional field");
            Properties(Schema(spec, schema))[property] = Optional(Type("string"), Title(property), description);
        }
    }
}
