namespace Millis.SpecDiff;

/// <summary>Whether a client built against the old document keeps working against the new one.</summary>
public enum DiffKind
{
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
/// <param name="Kind">breaking or additive.</param>
/// <param name="Rule">A stable rule id, e.g. <c>new-enum-value</c>.</param>
/// <param name="Location">Where, readable: <c>GET /phones 200 → [].tags</c>, <c>components VoiceProvider</c>.</param>
/// <param name="Message">What changed.</param>
public sealed record Difference(DiffKind Kind, string Rule, string Location, string Message)
{
    public override string ToString() => $"{Location}: {Message} ({(Kind == DiffKind.Breaking ? "breaking" : "additive")})";
}

/// <summary>Thrown for a document the differ cannot read (not OpenAPI, an unresolvable $ref).</summary>
public sealed class SpecDiffException(string message) : Exception(message);
