using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>New values at the end of an existing component enum, as the vendor adds voice providers.</summary>
internal static class NewEnumValues
{
    public static Fixture Fixture { get; } = new(
        "new-enum-values",
        "VoiceProvider gains two values: new-enum-value twice at components VoiceProvider, wire additive, C# additive (exit 1)",
        Mutate);

    private static readonly string[] Candidates = ["minimax", "inworld", "fish_audio", "resemble", "lmnt"];

    private static void Mutate(JObject spec)
    {
        var values = Schema(spec, "VoiceProvider")["enum"] as JArray ?? throw new FixtureException("VoiceProvider is not an enum");
        var added = Candidates.Where(c => values.All(v => (string?)v != c)).Take(2).ToList();
        if (added.Count < 2)
        {
            throw new FixtureException("VoiceProvider already has every candidate value");
        }

        foreach (var value in added)
        {
            values.Add(value);
        }
    }
}
