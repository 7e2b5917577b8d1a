namespace Millis.Codegen;

/// <summary>How a failed attempt may be repeated (mirrors facade/Http/MillisOperation.cs).</summary>
internal enum Retry
{
    /// <summary>Repeating has the effect of doing it once: retried on transient failures.</summary>
    Idempotent,

    /// <summary>Creates, dials or charges: retried only when the request provably never reached the server, or on 429/503 with Retry-After.</summary>
    CreateOrDial,
}

/// <summary>Whether the public method of an operation is generated or written by hand (a convenience over the generated plumbing).</summary>
internal enum Surface
{
    Generated,
    HandWritten,
}

/// <summary>What a human decides about one operation; everything else is derived from the spec.</summary>
/// <param name="Key">"METHOD /path/template" as in the spec.</param>
/// <param name="Group">Public resource group (<c>client.Agents</c>), when it differs from the tag's group.</param>
/// <param name="Method">Public method name without <c>Async</c>; also names the operation (<c>AgentsCreate</c>).</param>
/// <param name="Retry">Retry class.</param>
/// <param name="Why">The reason for the retry class, in a few words.</param>
/// <param name="Surface">Generated public method, or hand-written (the generated Core method does the call either way).</param>
/// <param name="Body">Public name of the body parameter of a generated method (default <c>request</c>).</param>
/// <param name="Rename">Public names of parameters (and of flattened body fields), as "raw=public" pairs, e.g. "lang_code=language".</param>
/// <param name="Flatten">The generated method takes the body's fields as parameters (required first) instead of the body object.</param>
internal sealed record OperationRow(string Key, string? Group, string Method, Retry Retry, string Why, Surface Surface = Surface.Generated, string? Body = null, string? Rename = null, bool Flatten = false);

/// <summary>
/// The one table of per-operation decisions. Default-deny: a POST (or PATCH) without a row fails the build, because a
/// new endpoint that creates, dials or charges must never default to "retry". GET, PUT and DELETE without a row get
/// <see cref="Retry.Idempotent"/> and a generated method named from the spec's summary, so they reach users with no edit.
/// </summary>
internal static class OperationPolicy
{
    public const string Reads = "reading has no effect";
    public const string Replaces = "replacing or deleting twice leaves the same state";
    public const string Sets = "it sets a value; sending it twice sets the same value";
    public const string Creates = "it creates something; a replay would create a second one";

    /// <summary>Resource group of each spec tag, and the group's summary for its client and <c>MillisClient</c> property.</summary>
    public static IReadOnlyList<(string Tag, string Group, string Summary)> Groups { get; } =
    [
        ("Agents", "Agents", "Voice agents: create, read, update, duplicate, delete, embed settings, call histories."),
        ("Phones", "Phones", "Phone numbers: list, import, purchase, attach agents, config overrides, tags."),
        ("Campaigns", "Campaigns", "Outbound campaigns: create, records, caller, start and stop."),
        ("Call Logs", "CallLogs", "Call logs across agents, with filters and paging; recordings."),
        ("Knowledge Base", "Knowledge", "Knowledge-base files and which agents use them."),
        ("Call Management", "Calls", "Calls and sessions: outbound calls, call registration (web, SIP, WebRTC), termination."),
        ("Connectivity", "Calls", "Calls and sessions: outbound calls, call registration (web, SIP, WebRTC), termination."),
        ("Voices", "Voices", "The voices agents can speak with."),
        ("Conversational AI", "Chat", "Chat completions from an agent, streamed."),
        ("User", "User", "The account: credit and auto-refill."),
    ];

    public static IReadOnlyList<OperationRow> Rows { get; } =
    [
        new("GET /agents", null, "List", Retry.Idempotent, Reads),
        new("POST /agents", null, "Create", Retry.CreateOrDial, Creates + " agent", Flatten: true),
        new("GET /agents/{agent_id}", null, "Get", Retry.Idempotent, Reads),
        new("PUT /agents/{agent_id}", null, "Update", Retry.Idempotent, Replaces, Body: "update"),
        new("DELETE /agents/{agent_id}", null, "Delete", Retry.Idempotent, Replaces),
        new("GET /agents/{agent_id}/call-histories", null, "ListCallHistories", Retry.Idempotent, Reads, Surface.HandWritten),
        new("POST /agents/{agent_id}/duplicate", null, "Duplicate", Retry.CreateOrDial, Creates + " agent"),
        new("POST /agents/{agent_id}/embed", null, "SetEmbedConfig", Retry.Idempotent, Sets, Body: "config"),

        new("GET /call-logs", null, "List", Retry.Idempotent, Reads, Surface.HandWritten),
        new("GET /call-logs/{session_id}", null, "Get", Retry.Idempotent, Reads),
        new("DELETE /call-logs/{session_id}/recording", null, "DeleteRecording", Retry.Idempotent, Replaces),

        new("GET /campaigns", null, "List", Retry.Idempotent, Reads),
        new("POST /campaigns", null, "Create", Retry.CreateOrDial, Creates + " campaign", Flatten: true),
        new("GET /campaigns/{campaign_id}", null, "Get", Retry.Idempotent, Reads),
        new("DELETE /campaigns/{campaign_id}", null, "Delete", Retry.Idempotent, Replaces),
        new("GET /campaigns/{campaign_id}/info", null, "GetInfo", Retry.Idempotent, Reads),
        new("PUT /campaigns/{campaign_id}/info", null, "EditInfo", Retry.Idempotent, Replaces, Body: "changes"),
        new("POST /campaigns/{campaign_id}/records", null, "UploadRecords", Retry.CreateOrDial, Creates + " record per phone number", Surface.HandWritten, Body: "records"),
        new("DELETE /campaigns/{campaign_id}/records/{phone}", null, "DeleteRecord", Retry.Idempotent, Replaces),
        new("POST /campaigns/{campaign_id}/set_caller", null, "SetCaller", Retry.Idempotent, Sets, Rename: "caller=callerPhone", Flatten: true),
        new("POST /campaigns/{campaign_id}/start", null, "Start", Retry.CreateOrDial, "it starts dialling; a replay could dial again"),
        new("POST /campaigns/{campaign_id}/stop", null, "Stop", Retry.Idempotent, "stopping a stopped campaign changes nothing"),

        new("POST /chat/completions", null, "Completions", Retry.CreateOrDial, "each request starts a new (billed) generation", Surface.HandWritten),

        new("POST /knowledge/create_file", null, "CreateFile", Retry.CreateOrDial, Creates + " file"),
        new("POST /knowledge/delete_file", null, "DeleteFile", Retry.Idempotent, Replaces, Rename: "id=fileId", Flatten: true),
        new("POST /knowledge/generate_presigned_url", null, "GeneratePresignedUrl", Retry.Idempotent, "it only signs an upload URL", Rename: "filename=fileName", Flatten: true),
        new("GET /knowledge/list_files", null, "ListFiles", Retry.Idempotent, Reads),
        new("POST /knowledge/set_agent_files", null, "SetAgentFiles", Retry.Idempotent, Sets, Surface.HandWritten),

        new("GET /phones", null, "List", Retry.Idempotent, Reads),
        new("POST /phones/import", null, "Import", Retry.CreateOrDial, "it adds a number to the account"),
        new("POST /phones/purchase", null, "Purchase", Retry.CreateOrDial, "it buys a number: a replay could charge twice"),
        new("GET /phones/{phone}", null, "Get", Retry.Idempotent, Reads),
        new("DELETE /phones/{phone}", null, "Delete", Retry.Idempotent, Replaces),
        new("POST /phones/{phone}/agent-config-override", null, "SetAgentConfigOverride", Retry.Idempotent, Sets, Body: "config"),
        new("POST /phones/{phone}/set_agent", null, "SetAgent", Retry.Idempotent, Sets, Flatten: true),
        new("PUT /phones/{phone}/tags", null, "UpdateTags", Retry.Idempotent, Replaces, Surface.HandWritten),

        new("POST /register_call", null, "Register", Retry.CreateOrDial, "it creates a session"),
        new("POST /register_sip_call", null, "RegisterSip", Retry.CreateOrDial, "it creates a session"),
        new("POST /sessions/{session_id}/terminate", null, "TerminateSession", Retry.Idempotent, "ending an ended session changes nothing", Surface.HandWritten),
        new("POST /set_phone_agent", "Calls", "SetPhoneAgent", Retry.Idempotent, Sets, Flatten: true),
        new("POST /sip", null, "CreateSip", Retry.CreateOrDial, Creates + " SIP endpoint"),
        new("DELETE /sip/{call_id}", null, "DeleteSip", Retry.Idempotent, Replaces),
        new("POST /start_outbound_call", null, "StartOutbound", Retry.CreateOrDial, "it dials a phone number: a replay would place a second call", Surface.HandWritten),
        new("POST /webrtc/offer", null, "WebRtcOffer", Retry.CreateOrDial, "it starts a call", Surface.HandWritten),

        new("GET /user/info", null, "GetInfo", Retry.Idempotent, Reads),

        new("GET /voices", null, "List", Retry.Idempotent, Reads),
        new("GET /voices/custom", null, "ListCustom", Retry.Idempotent, Reads, Rename: "lang_code=language"),
    ];

    /// <summary>The row of an operation, or the default a GET/PUT/DELETE gets; a POST/PATCH without a row fails.</summary>
    public static OperationRow For(string method, string path, string summary)
    {
        var key = method.ToUpperInvariant() + " " + path;
        var row = Rows.FirstOrDefault(r => r.Key == key);
        if (row is not null)
        {
            return row;
        }

        return method.ToUpperInvariant() switch
        {
            "GET" or "HEAD" => new OperationRow(key, null, Rules.OperationNames.Pascal(summary), Retry.Idempotent, Reads),
            "PUT" or "DELETE" => new OperationRow(key, null, Rules.OperationNames.Pascal(summary), Retry.Idempotent, Replaces),
            _ => throw new NormalizationException(
                $"{key} has no row in build/Millis.Codegen/OperationPolicy.cs. Decide its retry class there: CreateOrDial if it creates, dials or charges " +
                "(never replayed once it may have reached the server), Idempotent if repeating it is harmless; and whether its public method is generated."),
        };
    }

    public static (string Group, string Summary) GroupOf(string tag, OperationRow row)
    {
        var known = Groups.FirstOrDefault(g => g.Tag == tag);
        var group = row.Group ?? known.Group ?? Rules.OperationNames.Pascal(tag);
        var summary = Groups.FirstOrDefault(g => g.Group == group).Summary ?? $"Operations tagged {tag} in the API.";
        return (group, summary);
    }
}
