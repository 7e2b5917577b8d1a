// CUSTOM:
// - Adds Next: the wire's next_cursor is a number whose values 0 and null both mean "no more pages"; Next is null
//   then, and otherwise an opaque cursor to pass back (CallLogsClient.ListAsync) or store.
using Millis.CallLogs;
using Newtonsoft.Json;

namespace Millis.Models;

/// <summary>One page of call logs (<c>GET /call-logs</c>): the logs and the cursor of the next page.</summary>
public partial class CallLogPage
{
    /// <summary>The cursor of the page after this one; null when this is the last page.</summary>
    [JsonIgnore]
    public CallLogCursor? Next => CallLogCursor.FromWire(NextCursor);
}
