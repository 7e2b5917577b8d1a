namespace Millis.AspNetCore.Testing;

/// <summary>The query of a simulated prefetch request; the defaults look like a phone call with one metadata key.</summary>
public sealed class SimulatedPrefetch
{
    /// <summary><c>session_id</c>.</summary>
    public string? SessionId { get; set; } = "sim-session-1";

    /// <summary><c>agent_id</c>.</summary>
    public string? AgentId { get; set; } = "sim-agent-1";

    /// <summary><c>from</c> (a fictional 555 number by default); null leaves it out, as on web calls.</summary>
    public string? From { get; set; } = "+15555550100";

    /// <summary><c>to</c>; null leaves it out.</summary>
    public string? To { get; set; } = "+15555550199";

    /// <summary>Session metadata, flattened into the query string as Millis does.</summary>
    public IDictionary<string, string> Metadata { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal) { ["customer_id"] = "C-42" };
}
