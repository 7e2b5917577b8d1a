using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>Writes differences as text lines for people or as a JSON array for machines.</summary>
public static class Report
{
    public static string Text(IReadOnlyList<Difference> differences)
    {
        if (differences.Count == 0)
        {
            return "no differences\n";
        }

        var breaking = differences.Count(d => d.Kind == DiffKind.Breaking);
        var lines = differences.Select(d => d.ToString()).Append($"{differences.Count} differences: {breaking} breaking, {differences.Count - breaking} additive");
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>[{kind: breaking|additive, rule, location, message}].</summary>
    public static string Json(IReadOnlyList<Difference> differences)
    {
        var array = new JArray(differences.Select(d => new JObject
        {
            ["kind"] = d.Kind == DiffKind.Breaking ? "breaking" : "additive",
            ["rule"] = d.Rule,
            ["location"] = d.Location,
            ["message"] = d.Message,
        }));
        return array.ToString(Formatting.Indented) + "\n";
    }
}
