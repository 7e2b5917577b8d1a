using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A new optional field that takes a number or a string: a union no hand-written type in codegen models.</summary>
internal static class NewUnnamedUnion
{
    public static Fixture Fixture { get; } = new(
        "new-unnamed-union",
        "SessionTimeout gains warning_after: anyOf [number, string, null]: new optional field at every use, wire additive, C# additive, needs a named union (exit 1)",
        Mutate);

    // number | string on purpose: string | integer is a named union already (ValidationLocationSegment).
    private static readonly string[] Candidates = ["warning_after", "warning_after_seconds"];

    private static void Mutate(JObject spec)
    {
        var properties = Properties(Schema(spec, "SessionTimeout"));
        var name = First(Candidates, c => properties[c] is null, "a free field name on SessionTimeout");
        properties[name] = new JObject
        {
            ["anyOf"] = new JArray(Type("number"), Type("string"), Type("null")),
            ["description"] = "When the agent warns before ending an idle session: seconds, or an ISO 8601 duration such as \"PT30S\".",
            ["title"] = "Warning After",
        };
    }
}
