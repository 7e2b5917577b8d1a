using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Millis.AspNetCore;

/// <summary>What a tool call carried besides its arguments: the session id and metadata when present, and the request.</summary>
public sealed class MillisToolContext
{
    internal MillisToolContext(string toolName, string? sessionId, IReadOnlyDictionary<string, JsonElement> metadata, IReadOnlyList<string> unboundFields, HttpContext httpContext)
    {
        ToolName = toolName;
        SessionId = sessionId;
        Metadata = metadata;
        UnboundFields = unboundFields;
        HttpContext = httpContext;
    }

    /// <summary>The tool's name.</summary>
    public string ToolName { get; }

    /// <summary>The session id (<c>session_id</c> in the body or query); null when absent, e.g. with <c>exclude_session_id</c>.</summary>
    public string? SessionId { get; }

    /// <summary>
    /// The session metadata: a <c>metadata</c> object in the body or query, plus query keys that are not arguments
    /// (as strings). Empty unless the tool has <c>include_metadata</c>.
    /// </summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; }

    /// <summary>Body fields that matched no argument (names only; already logged at Warning).</summary>
    public IReadOnlyList<string> UnboundFields { get; }

    /// <summary>The HTTP request.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>Cancelled when the caller goes away.</summary>
    public CancellationToken RequestAborted => HttpContext.RequestAborted;

    /// <summary>A metadata value as a string (a JSON string's value, or the raw JSON of any other value); null when absent.</summary>
    public string? GetMetadataString(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return !Metadata.TryGetValue(key, out var value) ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : value.GetRawText();
    }
}
