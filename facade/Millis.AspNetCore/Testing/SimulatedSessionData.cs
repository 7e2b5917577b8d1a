using System.Text.Json;
using System.Text.Json.Nodes;

namespace Millis.AspNetCore.Testing;

/// <summary>The body of a simulated end-of-call webhook; the defaults are a short phone call the user ended.</summary>
public sealed class SimulatedSessionData
{
    /// <summary><c>session_id</c>.</summary>
    public string SessionId { get; set; } = "sim-session-1";

    /// <summary><c>call_id</c>.</summary>
    public string CallId { get; set; } = "sim-call-1";

    /// <summary><c>agent_id</c>.</summary>
    public string AgentId { get; set; } = "sim-agent-1";

    /// <summary><c>ts</c>: the start, in Unix seconds.</summary>
    public double Ts { get; set; } = 1_700_000_000;

    /// <summary><c>duration</c> in seconds.</summary>
    public double Duration { get; set; } = 42.5;

    /// <summary><c>chars_used</c>.</summary>
    public int CharsUsed { get; set; } = 180;

    /// <summary><c>call_status</c>.</summary>
    public string CallStatus { get; set; } = "user-ended";

    /// <summary><c>error_message</c>; null leaves it out.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>The chat history, sent JSON-encoded as a string in <c>chat</c>, as Millis does.</summary>
    public IList<TranscriptMessage> Chat { get; set; } = new List<TranscriptMessage>
    {
        TranscriptMessage.Assistant("Hello, how can I help?"),
        TranscriptMessage.User("Where is my order?"),
        TranscriptMessage.Assistant("It shipped yesterday."),
    };

    /// <summary>Sent as <c>chat</c> verbatim instead of <see cref="Chat"/> when set (for bad-input tests).</summary>
    public string? RawChat { get; set; }

    /// <summary><c>metadata</c>.</summary>
    public IDictionary<string, object?> Metadata { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal) { ["customer_id"] = "C-42" };

    /// <summary><c>recording.recording_url</c>; null leaves <c>recording</c> out.</summary>
    public string? RecordingUrl { get; set; } = "https://recordings.example.com/sim-session-1.wav";

    /// <summary>Extra top-level fields (e.g. ones Millis may add later, or odd values for tolerance tests).</summary>
    public IDictionary<string, object?> AdditionalFields { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The body as Millis would send it.</summary>
    public string ToJson()
    {
        var chat = RawChat ?? JsonSerializer.Serialize(Chat.Select(m => new { role = m.Role, content = m.Content }));
        var body = new JsonObject
        {
            ["session_id"] = SessionId,
            ["call_id"] = CallId,
            ["agent_id"] = AgentId,
            ["ts"] = Ts,
            ["duration"] = Duration,
            ["chars_used"] = CharsUsed,
            ["chat"] = chat,
            ["function_calls"] = new JsonArray(new JsonObject { ["name"] = "lookup_order", ["params"] = new JsonObject { ["order_id"] = "A-1" }, ["result"] = "{\"status\":\"shipped\"}" }),
            ["cost_breakdown"] = new JsonArray(new JsonObject { ["type"] = "tts", ["credits"] = 0.01 }),
            ["agent_config"] = new JsonObject { ["prompt"] = "You are a helpful agent." },
            ["voip"] = new JsonObject { ["from"] = "+15555550100", ["to"] = "+15555550199" },
            ["metadata"] = JsonSerializer.SerializeToNode(Metadata),
            ["call_status"] = CallStatus,
        };
        if (RecordingUrl is not null)
        {
            body["recording"] = new JsonObject { ["recording_url"] = RecordingUrl };
        }

        if (ErrorMessage is not null)
        {
            body["error_message"] = ErrorMessage;
        }

        foreach (var (name, value) in AdditionalFields)
        {
            body[name] = JsonSerializer.SerializeToNode(value);
        }

        return body.ToJsonString();
    }
}
