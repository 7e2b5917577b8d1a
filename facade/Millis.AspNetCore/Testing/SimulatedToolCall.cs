namespace Millis.AspNetCore.Testing;

/// <summary>
/// How a simulated tool call is sent. Millis does not document its tool request; the simulator sends the shape this
/// package assumes: POST with the arguments, <c>session_id</c> and <c>metadata</c> as top-level JSON fields, or GET with
/// all of them in the query string.
/// </summary>
public sealed class SimulatedToolCall
{
    /// <summary><c>POST</c> (JSON body) or <c>GET</c> (query string). Default: the tool's method, else POST.</summary>
    public string? Method { get; set; }

    /// <summary><c>session_id</c>; null leaves it out, as with <c>exclude_session_id</c>.</summary>
    public string? SessionId { get; set; } = "sim-session-1";

    /// <summary><c>metadata</c>; null leaves it out (as without <c>include_metadata</c>).</summary>
    public IDictionary<string, object?>? Metadata { get; set; }
}
