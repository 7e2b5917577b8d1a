// CUSTOM:
// - Adds Next: the wire's next_cursor is a number whose values 0 and null both mean "no more pages"; Next is null
//   then, and otherwise an opaque cursor to pass back (CallLogsClient.ListAsync) or store.
// - Adds Items: the wire calls a page's calls "histories"; Items is the name a paged C# collection uses.
using Millis.CallLogs;
using Newtonsoft.Json;

namespace Millis.Models;

/// <remarks><see cref="Items"/> are this page's calls; <see cref="Next"/> is the cursor of the next page, null on the last one.</remarks>
public partial class CallLogPage
{
    /// <summary>The calls on this page, in the order the API sent them (the wire's <c>histories</c>).</summary>
    [JsonIgnore]
    public IList<CallLog> Items => Histories ?? [];

    /// <summary>The cursor of the page after this one; null when this is the last page.</summary>
    [JsonIgnore]
    public CallLogCursor? Next => CallLogCursor.FromWire(NextCursor);
}
