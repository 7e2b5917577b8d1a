using System.Text.Json;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary><c>playback_finished</c>: the reply of a stream finished playing to the caller.</summary>
public sealed class PlaybackFinishedMessage
{
    /// <summary>The session id (<c>session_id</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>The stream whose reply finished.</summary>
    public MillisStreamId StreamId { get; init; }

    /// <summary>The message's <c>data</c> object as sent.</summary>
    public JsonElement Data { get; init; }

    internal static PlaybackFinishedMessage Read(JsonElement data) => new()
    {
        SessionId = new JsonObjectReader(data).String("session_id"),
        StreamId = MillisStreamId.Read(data),
        Data = data.Clone(),
    };
}
