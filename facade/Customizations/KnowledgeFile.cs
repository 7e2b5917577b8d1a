// CUSTOM:
// - Adds Created: the generated CreateAt (the API's spelling, create_at) is Unix seconds as a double; this exposes it
//   as a DateTimeOffset; null when the field was absent or unreadable (so a missing value never shows as 1970) or is no
//   representable time.
// - [JsonIgnore] keeps the helper off the wire, so serializing a KnowledgeFile still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <remarks><see cref="Created"/> reads <c>create_at</c> as a <see cref="DateTimeOffset"/>.</remarks>
public partial class KnowledgeFile
{
    /// <summary>
    /// When the file was created: <see cref="CreateAt"/> (Unix seconds) as a UTC time, to the millisecond; null when the
    /// API sent none, or a value that is no representable time.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? Created => IsSet(nameof(CreateAt)) ? UnixTime.FromSeconds(CreateAt) : null;
}
