// CUSTOM:
// - Adds Created: the generated CreatedAt is Unix seconds as an int; this exposes it as a DateTimeOffset.
// - [JsonIgnore] keeps the helper off the wire, so serializing an Agent still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <summary>A saved voice agent: id, name, configuration and creation time.</summary>
public partial class Agent
{
    /// <summary>When the agent was created: <see cref="CreatedAt"/> (Unix seconds) as a UTC time.</summary>
    [JsonIgnore]
    public DateTimeOffset Created => UnixTime.FromSeconds(CreatedAt);
}
