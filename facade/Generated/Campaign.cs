// CUSTOM:
// - Adds Created: the generated CreatedAt is Unix seconds as an int; this exposes it as a DateTimeOffset.
// - [JsonIgnore] keeps the helper off the wire, so serializing a Campaign still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <summary>An outbound calling campaign with its records.</summary>
public partial class Campaign
{
    /// <summary>When the campaign was created: <see cref="CreatedAt"/> (Unix seconds) as a UTC time.</summary>
    [JsonIgnore]
    public DateTimeOffset Created => UnixTime.FromSeconds(CreatedAt);
}
