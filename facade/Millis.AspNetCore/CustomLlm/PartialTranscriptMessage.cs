using System.Text.Json;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary><c>partial_transcript</c>: what the caller is saying, as it is recognized.</summary>
public sealed class PartialTranscriptMessage
{
    /// <summary>The session id (<c>session_id</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>The text recognized so far (<c>transcript</c>); a non-string value is kept as raw JSON text.</summary>
    public string? Transcript { get; init; }

    /// <summary>True when the recognizer will not change this text any more (<c>is_final</c>).</summary>
    public bool IsFinal { get; init; }

    /// <summary>The message's <c>data</c> object as sent.</summary>
    public JsonElement Data { get; init; }

    internal static PartialTranscriptMessage Read(JsonElement data)
    {
        var reader = new JsonObjectReader(data);
        string? transcript = null;
        if (reader.TryGet("transcript", out var t))
        {
            transcript = t.ValueKind == JsonValueKind.String ? t.GetString() : t.GetRawText();
        }

        return new PartialTranscriptMessage
        {
            SessionId = reader.String("session_id"),
            Transcript = transcript,
            IsFinal = reader.Boolean("is_final") ?? false,
            Data = data.Clone(),
        };
    }
}
