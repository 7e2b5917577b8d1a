// CUSTOM:
// - Adds Created: the generated CreatedAt is Unix seconds as an int; this exposes it as a DateTimeOffset.
// - [JsonIgnore] keeps the helper off the wire, so serializing a CampaignInfo still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <summary>A campaign's settings, as returned when they are updated.</summary>
public partial class CampaignInfo
{
    /// <summary>When the campaign was created: <see cref="CreatedAt"/> (Unix seconds) as a UTC time.</summary>
    [JsonIgnore]
    public DateTimeOffset Created => UnixTime.FromSeconds(CreatedAt);
}
