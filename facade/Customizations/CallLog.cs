// CUSTOM:
// - Adds Timestamp: the generated Ts is Unix seconds as a double?, awkward to use; this exposes it as a DateTimeOffset.
// - [JsonIgnore] keeps the helper off the wire, so serializing a CallLog still round-trips exactly what the API sent.
using Newtonsoft.Json;

namespace Millis.Models;

/// <remarks><see cref="Timestamp"/> reads <c>ts</c> as a <see cref="DateTimeOffset"/>.</remarks>
public partial class CallLog
{
    /// <summary>
    /// When the call happened: <see cref="Ts"/> (Unix seconds) as a UTC time, to the millisecond. Null when the API sent
    /// no <c>ts</c>, or a value that is not a representable time.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? Timestamp => UnixTime.FromSeconds(Ts);
}
