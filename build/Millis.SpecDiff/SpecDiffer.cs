using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// Lists every difference between two OpenAPI 3.x documents, each with two verdicts: for a client on the wire built
/// against the old one, and for code compiled against the SDK generated from it. Operations first (in the old
/// document's order, then new ones), then components.
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

    /// <summary>By the wire verdicts: 0 = no wire differences, 1 = only additive ones, 2 = at least one breaking.</summary>
    public static int ExitCode(IEnumerable<Difference> differences)
    {
        var worst = differences.Select(d => d.Wire).DefaultIfEmpty(DiffKind.None).Max();
        return worst switch
        {
            DiffKind.Breaking => SomeBreaking,
            DiffKind.Additive => OnlyAdditive,
            _ => NoDifferences,
        };
    }
}
