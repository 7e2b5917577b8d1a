using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Millis.AspNetCore;

/// <summary>One call on the custom-LLM WebSocket, from <c>start_call</c> until the socket closes.</summary>
public sealed class MillisCallSession
{
    internal MillisCallSession(StartCallMessage startCall, HttpContext httpContext, CancellationToken callAborted)
    {
        StartCall = startCall;
        HttpContext = httpContext;
        CallAborted = callAborted;
    }

    /// <summary>The <c>start_call</c> message that opened the call.</summary>
    public StartCallMessage StartCall { get; }

    /// <summary>The session id from <c>start_call</c>.</summary>
    public string? SessionId => StartCall.SessionId;

    /// <summary>The agent id from <c>start_call</c>.</summary>
    public string? AgentId => StartCall.AgentId;

    /// <summary>The session metadata from <c>start_call</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata => StartCall.Metadata;

    /// <summary>Your own per-call state.</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The WebSocket upgrade request (its services live as long as the call).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>Cancelled when the call ends or the connection drops.</summary>
    public CancellationToken CallAborted { get; }
}
