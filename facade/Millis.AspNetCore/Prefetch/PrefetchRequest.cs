using Microsoft.AspNetCore.Http;

namespace Millis.AspNetCore;

/// <summary>
/// The prefetch webhook (<c>extra_prompt_webhook</c>): an HTTP GET Millis sends before a conversation starts, with the
/// session's ids, the phone numbers on phone calls, and the session metadata flattened into the query string.
/// Bind it as a Minimal API parameter: <c>(PrefetchRequest request) =&gt; …</c>.
/// </summary>
/// <remarks>
/// Which party <c>from</c> names (the caller or the agent's number) differs between Millis doc versions, so
/// <see cref="From"/> and <see cref="To"/> are the raw values as sent; check them against your own numbers.
/// Treat them as personal data: this package never logs them.
/// </remarks>
public sealed class PrefetchRequest
{
    private static readonly HashSet<string> NamedKeys = new(StringComparer.OrdinalIgnoreCase) { "session_id", "agent_id", "from", "to" };

    /// <summary>The session id (<c>session_id</c>); null when absent.</summary>
    public string? SessionId { get; init; }

    /// <summary>The agent id (<c>agent_id</c>); null when absent.</summary>
    public string? AgentId { get; init; }

    /// <summary>The <c>from</c> number, raw as sent; phone calls only.</summary>
    public string? From { get; init; }

    /// <summary>The <c>to</c> number, raw as sent; phone calls only.</summary>
    public string? To { get; init; }

    /// <summary>Every other query key: the session metadata. A key sent more than once has its values joined with commas.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Reads a prefetch request from a query string. Never fails: absent keys are null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static PrefetchRequest FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (!NamedKeys.Contains(key))
            {
                metadata[key] = values.ToString();
            }
        }

        return new PrefetchRequest
        {
            SessionId = Value(query, "session_id"),
            AgentId = Value(query, "agent_id"),
            From = Value(query, "from"),
            To = Value(query, "to"),
            Metadata = metadata,
        };
    }

    /// <summary>Minimal API binding: reads the request's query string (see <see cref="FromQuery"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static ValueTask<PrefetchRequest?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult<PrefetchRequest?>(FromQuery(context.Request.Query));
    }

    /// <summary>Describes the request without phone numbers or metadata values (safe to log).</summary>
    public override string ToString() => $"prefetch session {SessionId} agent {AgentId} ({Metadata.Count} metadata keys)";

    private static string? Value(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 ? values.ToString() : null;
}
