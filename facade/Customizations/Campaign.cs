// CUSTOM:
// - Adds Created: the generated CreatedAt is Unix seconds (64-bit); this exposes it as a DateTimeOffset, null when
//   the field was absent or unreadable (so a bad value never shows as 1970) or outside DateTimeOffset's range.
// - [JsonIgnore] keeps the helper off the wire, so serializing a Campaign still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <remarks><see cref="Created"/> reads <c>created_at</c> as a <see cref="DateTimeOffset"/>.</remarks>
public partial class Campaign
{
    /// <summary>When the campaign was created: <see cref="CreatedAt"/> (Unix seconds) as a UTC time; null when the API sent none or a value that is no time.</summary>
    [JsonIgnore]
    public DateTimeOffset? Created => IsSet(nameof(CreatedAt)) ? UnixTime.FromSeconds(CreatedAt) : null;
}
