// CUSTOM:
// - Adds Created: the generated CreatedAt is Unix seconds (64-bit); this exposes it as a DateTimeOffset, null when
//   the field was absent or unreadable (so a bad value never shows as 1970) or outside DateTimeOffset's range.
// - ToUpdate: the round trip from a fetched agent to an update that changes only what the caller then sets.
// - [JsonIgnore] keeps the helper off the wire, so serializing an Agent still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <remarks><see cref="Created"/> reads <c>created_at</c> as a <see cref="DateTimeOffset"/>; <see cref="ToUpdate"/> starts an update from this agent.</remarks>
public partial class Agent
{
    /// <summary>When the agent was created: <see cref="CreatedAt"/> (Unix seconds) as a UTC time; null when the API sent none or a value that is no time.</summary>
    [JsonIgnore]
    public DateTimeOffset? Created => IsSet(nameof(CreatedAt)) ? UnixTime.FromSeconds(CreatedAt) : null;

    /// <summary>
    /// An update (<c>PUT /agents/{agent_id}</c>) holding this agent's name and config exactly as the API sent them
    /// (unknown fields and values the SDK could not read included). Change what you want on it and send it: the
    /// agent keeps everything else unchanged.
    /// </summary>
    /// <example><code>
    /// var update = (await client.Agents.GetAsync(id)).ToUpdate();
    /// update.Config.Prompt = "New instructions";
    /// await client.Agents.UpdateAsync(id, update);
    /// </code></example>
    public AgentUpdate ToUpdate() => new() { Name = Name, Config = Serialization.ModelCopy.As<PartialAgentConfig>(Config) };
}
