using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Millis.AspNetCore.Internal;
using Millis.Models;

namespace Millis.AspNetCore;

/// <summary>
/// The end-of-call webhook (<c>session_data_webhook</c>): the JSON record Millis POSTs when a session ends. Bind it as
/// a Minimal API parameter: <c>(SessionDataEvent e) =&gt; …</c>.
/// </summary>
/// <remarks>
/// Reading is tolerant like the client's models: a field of an unexpected shape never fails the request. It is left
/// out of its typed property, kept raw in <see cref="AdditionalFields"/>, named in <see cref="UnreadFields"/> and
/// logged (name only, at Warning). A <c>chat</c> string that is not JSON leaves <see cref="Chat"/> empty and keeps
/// <see cref="RawChat"/>. Only a body that is not a JSON object is refused (400 with a problem body).
/// </remarks>
public sealed partial class SessionDataEvent
{
    /// <summary>The session id (<c>session_id</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary>The call id (<c>call_id</c>).</summary>
    public string? CallId { get; init; }

    /// <summary>The agent id (<c>agent_id</c>).</summary>
    public string? AgentId { get; init; }

    /// <summary>The campaign id (<c>campaign_id</c>), for campaign calls.</summary>
    public string? CampaignId { get; init; }

    /// <summary>When the session started (<c>ts</c>) as sent. Millis does not document the unit; the client reads call-log <c>ts</c> as Unix seconds.</summary>
    public double? Ts { get; init; }

    /// <summary>The session length in seconds (<c>duration</c>); may be fractional.</summary>
    public double? Duration { get; init; }

    /// <summary>Characters of speech synthesized (<c>chars_used</c>).</summary>
    public double? CharsUsed { get; init; }

    /// <summary>How the session ended (<c>call_status</c>), e.g. <see cref="Millis.Models.CallStatus.UserEnded"/>; values Millis adds later are kept as they are.</summary>
    public CallStatus? CallStatus { get; init; }

    /// <summary>The error, when the session ended with one (<c>error_message</c>).</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The chat history, parsed from the JSON-encoded <c>chat</c> string; empty when that string is absent or not JSON.</summary>
    public IReadOnlyList<ChatMessage> Chat { get; init; } = Array.Empty<ChatMessage>();

    /// <summary>The <c>chat</c> field exactly as sent (a JSON-encoded string); null when absent.</summary>
    public string? RawChat { get; init; }

    /// <summary>The tools called during the session (<c>function_calls</c>).</summary>
    public IReadOnlyList<SessionFunctionCall> FunctionCalls { get; init; } = Array.Empty<SessionFunctionCall>();

    /// <summary>The cost lines (<c>cost_breakdown</c>), raw.</summary>
    public IReadOnlyList<JsonElement> CostBreakdown { get; init; } = Array.Empty<JsonElement>();

    /// <summary>The agent config the session ran with (<c>agent_config</c>), raw.</summary>
    public JsonElement? AgentConfig { get; init; }

    /// <summary>Telephony details (<c>voip</c>), raw; holds phone numbers, so treat it as personal data.</summary>
    public JsonElement? Voip { get; init; }

    /// <summary>The recording object (<c>recording</c>), raw.</summary>
    public JsonElement? Recording { get; init; }

    /// <summary>The recording's URL (<c>recording.recording_url</c>); null when absent.</summary>
    public string? RecordingUrl { get; init; }

    /// <summary>The session metadata (<c>metadata</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; init; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Fields this version does not know, and known fields of an unexpected shape, raw by name.</summary>
    public IReadOnlyDictionary<string, JsonElement> AdditionalFields { get; private set; } = new Dictionary<string, JsonElement>(StringComparer.Ordinal);

    /// <summary>Known fields that had an unexpected shape (kept in <see cref="AdditionalFields"/>); <c>chat</c> when it was not JSON.</summary>
    public IReadOnlyList<string> UnreadFields { get; private set; } = Array.Empty<string>();

    /// <summary>The whole body as sent.</summary>
    public JsonElement Raw { get; init; }

    /// <summary>
    /// The body as the client SDK's <see cref="CallLog"/> (the same record <c>GET /call-logs</c> returns), or null when
    /// it does not fit that model.
    /// </summary>
    public CallLog? ToCallLog()
    {
        if (Raw.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return Newtonsoft.Json.JsonConvert.DeserializeObject<CallLog>(Raw.GetRawText(), new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None });
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads an end-of-call record from JSON text (for tests and for bodies you read yourself).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="json"/> is not a JSON object.</exception>
    public static SessionDataEvent Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var body = JsonSerializer.Deserialize<JsonElement>(json);
        return body.ValueKind == JsonValueKind.Object ? Read(body, NullLogger.Instance) : throw new JsonException("The session data must be a JSON object.");
    }

    /// <summary>
    /// Minimal API binding: reads the JSON body. A body that is not a JSON object is refused: on endpoints mapped with
    /// <c>MapMillisSessionData</c> with 400 and a problem body, elsewhere with a bare 400.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async ValueTask<SessionDataEvent?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(LoggerCategory) ?? (ILogger)NullLogger.Instance;
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            LogRejected(logger, "not valid JSON");
            return BodyProblem.Reject(context, new SessionDataEvent(), "The request body is not valid JSON.", $"Millis session data must be a JSON object (error at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            LogRejected(logger, "not a JSON object");
            return BodyProblem.Reject(context, new SessionDataEvent(), "The request body is not a JSON object.", $"Millis session data must be a JSON object, not {body.ValueKind}.");
        }

        return Read(body, logger);
    }

    /// <inheritdoc/>
    public override string ToString() => $"session data {SessionId} ({CallStatus}, {Duration}s, {Chat.Count} messages)";

    internal const string LoggerCategory = "Millis.AspNetCore.SessionData";

    internal static SessionDataEvent Read(JsonElement body, ILogger logger)
    {
        var reader = new JsonObjectReader(body);
        var (chat, rawChat) = ReadChat(reader);
        var recording = reader.Object("recording");
        var status = reader.String("call_status");
        var e = new SessionDataEvent
        {
            SessionId = reader.String("session_id"),
            CallId = reader.String("call_id"),
            AgentId = reader.String("agent_id"),
            CampaignId = reader.String("campaign_id"),
            Ts = reader.Number("ts"),
            Duration = reader.Number("duration"),
            CharsUsed = reader.Number("chars_used"),
            CallStatus = status is null ? default(CallStatus?) : new CallStatus(status),
            ErrorMessage = reader.String("error_message"),
            Chat = chat ?? Array.Empty<ChatMessage>(),
            RawChat = rawChat,
            FunctionCalls = reader.Array("function_calls").Select(SessionFunctionCall.From).ToList(),
            CostBreakdown = reader.Array("cost_breakdown"),
            AgentConfig = reader.Object("agent_config"),
            Voip = reader.Object("voip"),
            Recording = recording,
            RecordingUrl = recording is { } r && r.TryGetProperty("recording_url", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null,
            Metadata = reader.Map("metadata"),
            Raw = body.Clone(),
        };

        // Every known field has been read; what is left is unknown.
        var unknown = reader.Unknown();
        if (reader.Unread.Count > 0)
        {
            LogUnread(logger, e.SessionId, string.Join(", ", reader.Unread));
        }

        if (unknown.Count > 0)
        {
            LogUnknown(logger, e.SessionId, string.Join(", ", unknown));
        }

        return e.WithLeftovers(reader);
    }

    private SessionDataEvent WithLeftovers(JsonObjectReader reader)
    {
        AdditionalFields = new Dictionary<string, JsonElement>(reader.Raw, StringComparer.Ordinal);
        UnreadFields = reader.Unread.ToList();
        return this;
    }

    private static (IReadOnlyList<ChatMessage>? Messages, string? Raw) ReadChat(JsonObjectReader reader)
    {
        if (!reader.TryGet("chat", out var chat))
        {
            return (null, null);
        }

        // Documented as a JSON-encoded string; an array sent directly is read too.
        var raw = chat.ValueKind == JsonValueKind.String ? chat.GetString()! : chat.GetRawText();
        var messages = chat.ValueKind is JsonValueKind.String or JsonValueKind.Array ? ChatHistoryParser.TryParse(raw) : null;
        if (messages is null)
        {
            reader.MarkUnread("chat", chat);
        }

        return (messages, raw);
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Millis session data refused: the body is {Reason}.")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Millis session data {SessionId}: fields of an unexpected shape were kept raw: {Fields}.")]
    private static partial void LogUnread(ILogger logger, string? sessionId, string fields);

    [LoggerMessage(EventId = 22, Level = LogLevel.Warning, Message = "Millis session data {SessionId}: unknown fields were kept raw: {Fields}.")]
    private static partial void LogUnknown(ILogger logger, string? sessionId, string fields);
}
