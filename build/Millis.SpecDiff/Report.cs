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

        var unions = differences.Count(d => d.NeedsNamedUnion);
        var summary = $"{differences.Count} differences; wire: {Counts(differences.Select(d => d.Wire))}; C#: {Counts(differences.Select(d => d.CSharp))}"
            + (unions > 0 ? $"; {unions} need a named union" : "");
        return string.Join("\n", differences.Select(d => d.ToString()).Append(summary)) + "\n";
    }

    /// <summary>[{wire, csharp: breaking|additive|none, rule, location, message, needsNamedUnion}].</summary>
    public static string Json(IReadOnlyList<Difference> differences)
    {
        var array = new JArray(differences.Select(d => new JObject
        {
            ["wire"] = Difference.Name(d.Wire),
            ["csharp"] = Difference.Name(d.CSharp),
            ["rule"] = d.Rule,
            ["location"] = d.Location,
            ["message"] = d.Message,
            ["needsNamedUnion"] = d.NeedsNamedUnion,
        }));
        return array.ToString(Formatting.Indented) + "\n";
    }

    private static string Counts(IEnumerable<DiffKind> verdicts)
    {
        var list = verdicts.ToList();
        return string.Join(", ", new[] { DiffKind.Breaking, DiffKind.Additive, DiffKind.None }.Select(k => $"{list.Count(v => v == k)} {Difference.Name(k)}"));
    }
}
