namespace Millis.SpecDiff;

/// <summary>The two documents being compared and the differences found so far.</summary>
internal sealed class Findings(Document oldDoc, Document newDoc)
{
    private readonly List<Difference> _list = [];

    public Document Old { get; } = oldDoc;

    public Document New { get; } = newDoc;

    public IReadOnlyList<Difference> List => _list;

    public void Breaking(string rule, string location, string message) => _list.Add(new Difference(DiffKind.Breaking, rule, location, message));

    public void Additive(string rule, string location, string message) => _list.Add(new Difference(DiffKind.Additive, rule, location, message));

    /// <summary>
    /// The set of allowed values grew (null allowed, an enum restriction dropped, a union member added): harmless for
    /// what the client sends, breaking for what it receives. A schema used both ways (or not at all) counts as received.
    /// </summary>
    public void Widened(Usage usage, string location, string message)
    {
        if (!usage.HasFlag(Usage.Response) && usage != Usage.None)
        {
            Additive("type-widened", location, message);
        }
        else
        {
            Breaking("type-changed", location, message);
        }
    }

    /// <summary>The set of allowed values shrank: breaking for what the client sends, harmless for what it receives. A schema used both ways (or not at all) counts as sent.</summary>
    public void Narrowed(Usage usage, string location, string message)
    {
        if (usage.HasFlag(Usage.Request) || usage == Usage.None)
        {
            Breaking("type-changed", location, message);
        }
        else
        {
            Additive("type-narrowed", location, message);
        }
    }

    /// <summary><c>GET /phones 200</c> + <c>[].tags</c> → <c>GET /phones 200 → [].tags</c>.</summary>
    public static string At(string where, string path) => path.Length == 0 ? where : where + " → " + path;

    public static string Child(string path, string property) => path.Length == 0 ? property : path + "." + property;
}
