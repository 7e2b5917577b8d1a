using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// Lists every difference between two OpenAPI 3.x documents, each classified breaking or additive for a client built
/// against the old one. Operations first (in the old document's order, then new ones), then components.
/// </summary>
public static class SpecDiffer
{
    public const int NoDifferences = 0;
    public const int OnlyAdditive = 1;
    public const int SomeBreaking = 2;

    public static IReadOnlyList<Difference> Compare(JObject oldSpec, JObject newSpec)
    {
        var findings = new Findings(new Document(oldSpec), new Document(newSpec));
        new OperationDiffer(findings).Compare();
        ComponentDiffer.Compare(findings);
        return findings.List;
    }

    /// <summary>0 = no differences, 1 = only additive ones, 2 = at least one breaking.</summary>
    public static int ExitCode(IEnumerable<Difference> differences)
    {
        var list = differences.ToList();
        return list.Count == 0 ? NoDifferences : list.Any(d => d.Kind == DiffKind.Breaking) ? SomeBreaking : OnlyAdditive;
    }
}
