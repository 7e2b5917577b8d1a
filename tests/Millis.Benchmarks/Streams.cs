using System.Runtime.CompilerServices;
using Millis.CallLogs;
using Millis.Chat;
using Millis.Models;

namespace Millis.Benchmarks;

/// <summary>How the benchmarks read a chat stream: the facade's typed stream, <c>client.Chat.StreamAsync</c>.</summary>
internal static class ChatEvents
{
    public static readonly ChatRequest Request = ChatRequest.ForAgent(Payloads.AgentId).AddUser("What are your opening hours on Saturday?");

    // [DONE] is not a chat event; leaving it out keeps "events" equal to the server's content events.
    public static async IAsyncEnumerable<ChatStreamEvent> ReadAsync(MillisClient client, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in client.Chat.StreamAsync(Request, cancellationToken).ConfigureAwait(false))
        {
            if (item is not ChatDone)
            {
                yield return item;
            }
        }
    }
}

/// <summary>How the benchmarks walk call logs: the facade's lazy <c>CallLogs.ListAllAsync</c>.</summary>
internal static class CallLogWalker
{
    public static readonly CallLogFilter Filter = new() { Limit = CallLogFilter.MaxLimit };

    public static IAsyncEnumerable<CallLog> WalkAsync(MillisClient client, CancellationToken cancellationToken = default) =>
        client.CallLogs.ListAllAsync(Filter, cancellationToken: cancellationToken);
}
