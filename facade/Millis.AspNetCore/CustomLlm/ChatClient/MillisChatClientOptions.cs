using Microsoft.Extensions.AI;

namespace Millis.AspNetCore;

/// <summary>How <see cref="MillisChatClientHandler"/> drives an <see cref="IChatClient"/>.</summary>
public sealed class MillisChatClientOptions
{
    /// <summary>A system message put before the transcript; null for none (the agent's own prompt is not sent over the WebSocket).</summary>
    public string? Instructions { get; set; }

    /// <summary>Options passed to every request (a copy per request): model id, temperature, tools, …</summary>
    public ChatOptions? ChatOptions { get; set; }

    /// <summary>Said when the call starts (the reply to <c>start_call</c>); null to say nothing, e.g. when the agent has a first message.</summary>
    public string? Greeting { get; set; }
}
