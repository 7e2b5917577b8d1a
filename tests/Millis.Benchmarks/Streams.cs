using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Millis.CallLogs;
using Millis.Models;

namespace Millis.Benchmarks;

/// <summary>
/// How the benchmarks read a chat stream. Everything that measures streaming goes through <see cref="ReadAsync"/>,
/// so moving to the typed stream is a one-line change of its body:
/// <c>return client.Chat.StreamAsync(new ChatRequest(...), cancellationToken);</c> (element type ChatStreamEvent).
/// </summary>
internal static class ChatEvents
{
    public static readonly ChatCompletionData Request = new()
    {
        Agent = new AgentCallData { AgentId = Payloads.AgentId },
        Messages = [ChatMessage.CreateUser("What are your opening hours on Saturday?")],
    };

    public static async IAsyncEnumerable<string> ReadAsync(MillisClient client, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stream = await client.Chat.OpenStreamAsync(Request, cancellationToken).ConfigureAwait(false);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Data == "[DONE]")
            {
                yield break;
            }

            yield return item.Data;
        }
    }
}

/// <summary>
/// How the benchmarks walk call logs: <c>ListAsync</c> in a loop following <c>NextCursor</c>. When
/// <c>CallLogs.ListAllAsync</c> lands, the body of <see cref="WalkAsync"/> becomes that one call.
/// </summary>
internal static class CallLogWalker
{
    public static readonly CallLogFilter Filter = new() { Limit = CallLogFilter.MaxLimit };

    public static async IAsyncEnumerable<CallLog> WalkAsync(MillisClient client, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        double? cursor = null;
        do
        {
            var page = await client.CallLogs.ListAsync(Filter, cursor, cancellationToken).ConfigureAwait(false);
            foreach (var log in page.Histories)
            {
                yield return log;
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
