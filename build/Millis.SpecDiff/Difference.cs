namespace Millis.SpecDiff;

/// <summary>How much a difference matters to one kind of consumer; ordered, so the worse of two is the larger.</summary>
public enum DiffKind
{
    None,
    Additive,
    Breaking,
}

/// <summary>Which way data flows through a schema: what the client sends, or what it receives.</summary>
public enum Direction
{
    Request,
    Response,
}

/// <summary>One difference between two OpenAPI documents.</summary>
/// <param name="Wire">For a client on the wire built against the old document: does it keep working against the new one.</param>
/// <param name="CSharp">For code compiled against this SDK: does the generated public API change incompatibly.</param>
/// <param name="Rule">A stable rule id, e.g. <c>new-enum-value</c>.</param>
/// <param name="Location">Where, readable: <c>GET /phones 200 → [].tags</c>, <c>components VoiceProvider</c>.</param>
/// <param name="Message">What changed.</param>
public sealed record Difference(DiffKind Wire, DiffKind CSharp, string Rule, string Location, string Message)
{
    /// <summary>The change brings an anyOf/oneOf of several forms that no hand-written union in build/Millis.Codegen/UnionTypes.cs models.</summary>
    public bool NeedsNamedUnion { get; init; }

    public static string Name(DiffKind kind) => kind.ToString().ToLowerInvariant();

    public override string ToString() =>
        $"{Location}: {Message} (wire: {Name(Wire)} · C#: {Name(CSharp)}{(NeedsNamedUnion ? " · needs a named union" : "")})";
}

/// <summary>Thrown for a document the differ cannot read (not OpenAPI, an unresolvable $ref).</summary>
public sealed class SpecDiffException(string message) : Exception(message);
