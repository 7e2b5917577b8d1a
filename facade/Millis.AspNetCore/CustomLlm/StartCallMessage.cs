using System.Text.Json;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary><c>start_call</c>: Millis opened the WebSocket for a new call.</summary>
public sealed class StartCallMessage
{
    /// <summary>The stream id to use for the first reply (the greeting).</summary>
    public MillisStreamId StreamId { get; init; }

    /// <summary>The agent id (<c>agent_id</c>).</summary>
    public string? AgentId { get; init; }

    /// <summary>The session id (<c>session_id</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>The Twilio call SID (<c>call_sid</c>), on Twilio calls.</summary>
    public string? CallSid { get; init; }

    /// <summary>The session metadata (<c>metadata</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>The <c>voip.from</c> number, raw; phone calls only. Personal data: never logged by this package.</summary>
    public string? From { get; init; }

    /// <summary>The <c>voip.to</c> number, raw; phone calls only. Personal data: never logged by this package.</summary>
    public string? To { get; init; }

    /// <summary>The message's <c>data</c> object as sent.</summary>
    public JsonElement Data { get; init; }

    internal static StartCallMessage Read(JsonElement data)
    {
        var reader = new JsonObjectReader(data);
        var voip = reader.Object("voip");
        var voipReader = voip is { } v ? new JsonObjectReader(v) : null;
        return new StartCallMessage
        {
            StreamId = MillisStreamId.Read(data),
            AgentId = reader.String("agent_id"),
            SessionId = reader.String("session_id"),
            CallSid = reader.String("call_sid"),
            Metadata = reader.Map("metadata"),
            From = voipReader?.String("from"),
            To = voipReader?.String("to"),
            Data = data.Clone(),
        };
    }
}
