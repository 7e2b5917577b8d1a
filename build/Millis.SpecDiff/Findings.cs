namespace Millis.SpecDiff;

/// <summary>The two documents being compared and the differences found so far.</summary>
internal sealed class Findings(Document oldDoc, Document newDoc)
{
    private readonly List<Difference> _list = [];

    public Document Old { get; } = oldDoc;

    public Document New { get; } = newDoc;

    public IReadOnlyList<Difference> List => _list;

    public void Add(DiffKind wire, DiffKind csharp, string rule, string location, string message, bool needsNamedUnion = false) =>
        _list.Add(new Difference(wire, csharp, rule, location, message) { NeedsNamedUnion = needsNamedUnion });

    public void Breaking(string rule, string location, string message, DiffKind csharp = DiffKind.Breaking, bool needsNamedUnion = false) =>
        Add(DiffKind.Breaking, csharp, rule, location, message, needsNamedUnion);

    public void Additive(string rule, string location, string message, DiffKind csharp = DiffKind.Additive, bool needsNamedUnion = false) =>
        Add(DiffKind.Additive, csharp, rule, location, message, needsNamedUnion);

    /// <summary>
    /// The set of allowed values grew (null allowed, an enum restriction dropped, a union member added): harmless for
    /// what the client sends, breaking for what it receives. A schema used both ways (or not at all) counts as received.
    /// </summary>
    public void Widened(Usage usage, string location, string message, DiffKind csharp, string? rule = null, bool needsNamedUnion = false)
    {
        if (!usage.HasFlag(Usage.Response) && usage != Usage.None)
        {
            Additive(rule ?? "type-widened", location, message, csharp, needsNamedUnion);
        }
        else
        {
            Breaking(rule ?? "type-changed", location, message, csharp, needsNamedUnion);
        }
    }

    /// <summary>
    /// The set of allowed values shrank: breaking for what the client sends, harmless for what it receives (additive,
    /// or <paramref name="forResponses"/>). A schema used both ways (or not at all) counts as sent.
    /// </summary>
    public void Narrowed(Usage usage, string location, string message, DiffKind csharp, string? rule = null, DiffKind forResponses = DiffKind.Additive, bool needsNamedUnion = false)
    {
        if (usage.HasFlag(Usage.Request) || usage == Usage.None)
        {
            Breaking(rule ?? "type-changed", location, message, csharp, needsNamedUnion);
        }
        else
        {
            Add(forResponses, csharp, rule ?? "type-narrowed", location, message, needsNamedUnion);
        }
    }

    /// <summary><paramref name="forRequests"/> for what the client sends, <paramref name="forResponses"/> for what it receives.</summary>
    public void ByDirection(Direction direction, DiffKind forRequests, DiffKind forResponses, DiffKind csharp, string rule, string location, string message) =>
        Add(direction == Direction.Request ? forRequests : forResponses, csharp, rule, location, message);

    /// <summary><c>GET /phones 200</c> + <c>[].tags</c> → <c>GET /phones 200 → [].tags</c>.</summary>
    public static string At(string where, string path) => path.Length == 0 ? where : where + " → " + path;

    public static string Child(string path, string property) => path.Length == 0 ? property : path + "." + property;
}
