using Millis.Models;

namespace Millis;

/// <summary>One entry of a FastAPI 422 response: where (<see cref="Location"/>), what (<see cref="Message"/>), and the error type.</summary>
public sealed class MillisValidationError
{
    /// <summary>Creates an entry.</summary>
    public MillisValidationError(IReadOnlyList<ValidationLocationSegment> location, string message, string type)
    {
        Location = location;
        Message = message;
        Type = type;
    }

    /// <summary>The path to the offending value, e.g. <c>body</c>, <c>config</c>, <c>voice</c>, <c>provider</c>.</summary>
    public IReadOnlyList<ValidationLocationSegment> Location { get; }

    /// <summary>The location as one dotted path, e.g. <c>body.config.voice.provider</c> or <c>body.records[2].phone</c>.</summary>
    public string Path => string.Concat(Location.Select((s, i) => s.IsIndex ? $"[{s}]" : i == 0 ? s.ToString() : "." + s));

    /// <summary>The server's explanation.</summary>
    public string Message { get; }

    /// <summary>FastAPI's error type, e.g. <c>missing</c> or <c>string_type</c>.</summary>
    public string Type { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} ({Type})";
}
