using System.Text.Json;

namespace Millis.AspNetCore;

/// <summary><c>stream_request</c>: Millis asks for a reply to the transcript so far.</summary>
public sealed class StreamRequestMessage
{
    /// <summary>The stream id; every reply frame echoes it.</summary>
    public MillisStreamId StreamId { get; init; }

    /// <summary>The conversation so far, oldest first.</summary>
    public IReadOnlyList<TranscriptMessage> Transcript { get; init; } = Array.Empty<TranscriptMessage>();

    /// <summary>The message's <c>data</c> object as sent.</summary>
    public JsonElement Data { get; init; }

    internal static StreamRequestMessage Read(JsonElement data) => new()
    {
        StreamId = MillisStreamId.Read(data),
        Transcript = data.TryGetProperty("transcript", out var t) ? TranscriptMessage.ReadAll(t) : Array.Empty<TranscriptMessage>(),
        Data = data.Clone(),
    };
}
