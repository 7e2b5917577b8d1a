using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A number property that now also takes a string: a union no hand-written type in codegen models.</summary>
internal static class NewUnnamedUnion
{
    public static Fixture Fixture { get; } = new(
        "new-unnamed-union",
        "SessionTimeout.max_duration becomes anyOf [number, string, null]: new-unnamed-union at every use, wire breaking, C# breaking, needs a named union (exit 2)",
        Mutate);

    // number | string on purpose: string | integer is a named union already (ValidationLocationSegment).
    private static readonly (string Schema, string Property)[] Candidates =
    [
        ("SessionTimeout", "max_duration"),
        ("SessionTimeout", "max_idle"),
    ];

    private static void Mutate(JObject spec)
    {
        var (schema, property) = First(Candidates, c => IsNullableNumber(Properties(Schema(spec, c.Schema))[c.Property]), "a nullable number property");
        var target = (JObject)Properties(Schema(spec, schema))[property]!;
        var members = (JArray)target["anyOf"]!;
        members.First(m => (string?)m["type"] == "number").AddAfterSelf(Type("string"));
        target["description"] = $"{(string?)target["description"]} A number of seconds, or an ISO 8601 duration such as \"PT10M\".".TrimStart();
    }

    private static bool IsNullableNumber(JToken? schema) =>
        schema?["anyOf"] is JArray members && members.Count == 2 &&
        members.Any(m => (string?)m["type"] == "number") && members.Any(m => (string?)m["type"] == "null");
}
