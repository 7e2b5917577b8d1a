using System.Runtime.CompilerServices;
using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.CallLogs;

/// <summary>Call logs across all agents. Reached through <see cref="MillisClient.CallLogs"/>.</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/call-logs</remarks>
public class CallLogsClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly CallLogsRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected CallLogsClient()
    {
    }

    internal CallLogsClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new CallLogsRawClient(pipeline.HttpClient);
    }

    /// <summary>
    /// Gets one page of call logs, newest first (<c>GET /call-logs</c>). Pass the previous page's
    /// <see cref="CallLogPage.NextCursor"/> as <paramref name="cursor"/> for the next page. Retried on transient failures.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The filter's limit is outside 1–100.</exception>
    public virtual Task<CallLogPage> ListAsync(CallLogFilter? filter = null, double? cursor = null, CancellationToken cancellationToken = default)
    {
        filter?.Validate();
        return _pipeline.ExecuteAsync(
            MillisOperations.CallLogsList,
            ct => _raw.ListCallHistoriesAsync(
                filter?.Limit,
                cursor,
                CallLogFilter.ToUnixSeconds(filter?.From),
                CallLogFilter.ToUnixSeconds(filter?.To),
                filter?.AgentId,
                filter?.Status?.Value,
                filter?.PhoneNumber,
                filter?.CampaignId,
                ct),
            cancellationToken);
    }

    /// <summary>
    /// Enumerates every call log that matches <paramref name="filter"/>, newest first, fetching pages lazily as the
    /// enumeration reaches them (<c>GET /call-logs</c>, each page's <c>next_cursor</c> sent back as <c>start_after_ts</c>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The page size is <see cref="CallLogFilter.Limit"/> (API default 20, at most 100). The filter is validated and
    /// copied when this method is called; nothing is sent until the enumeration starts. Paging stops when a page has no
    /// <c>next_cursor</c>, when a page is empty, or when the server hands back a cursor it already gave (so a server
    /// that repeats itself cannot cause an endless loop). Each page is retried on transient failures like
    /// <see cref="ListAsync"/>.
    /// </para>
    /// <para>
    /// Agent call histories (<c>GET /agents/{agent_id}/call-histories</c>) return no cursor, so they have no
    /// auto-paging; enumerate this method with <see cref="CallLogFilter.AgentId"/> set instead.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The filter's limit is outside 1–100, or From is after To (thrown by this call).</exception>
    /// <example><code>
    /// await foreach (var log in client.CallLogs.ListAllAsync(new CallLogFilter { AgentId = agentId, Limit = 100 }))
    ///     Console.WriteLine($"{log.Timestamp:u} {log.CallStatus}");
    /// </code></example>
    public virtual IAsyncEnumerable<CallLog> ListAllAsync(CallLogFilter? filter = null, CancellationToken cancellationToken = default)
    {
        var pages = ListPagesAsync(filter, cancellationToken);
        return ItemsOfAsync(pages, cancellationToken);
    }

    /// <summary>
    /// Enumerates the pages of call logs that match <paramref name="filter"/>, newest first, one request per page as
    /// the enumeration reaches it. Every page received is yielded, including an empty one. Same paging rules as
    /// <see cref="ListAllAsync"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The filter's limit is outside 1–100, or From is after To (thrown by this call).</exception>
    public virtual IAsyncEnumerable<CallLogPage> ListPagesAsync(CallLogFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter?.Validate();
        return PagesAsync(filter?.Clone(), cancellationToken);
    }

    /// <summary>Gets the log of one session (<c>GET /call-logs/{session_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    public virtual Task<CallLog> GetAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(sessionId, nameof(sessionId), "session id");
        return _pipeline.ExecuteAsync(MillisOperations.CallLogsGet, ct => _raw.GetCallHistoryAsync(sessionId, ct), cancellationToken);
    }

    /// <summary>Deletes the recording of a session (<c>DELETE /call-logs/{session_id}/recording</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    public virtual Task DeleteRecordingAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(sessionId, nameof(sessionId), "session id");
        return _pipeline.ExecuteGenericAsync(MillisOperations.CallLogsDeleteRecording, ct => _raw.DeleteCallRecordingAsync(sessionId, ct), cancellationToken);
    }

    private static async IAsyncEnumerable<CallLog> ItemsOfAsync(IAsyncEnumerable<CallLogPage> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var log in page.Histories ?? [])
            {
                yield return log;
            }
        }
    }

    private async IAsyncEnumerable<CallLogPage> PagesAsync(CallLogFilter? filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        double? cursor = null;
        var cursorsUsed = new HashSet<double>();
        while (true)
        {
            var page = await ListAsync(filter, cursor, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.Histories is not { Count: > 0 } || page.NextCursor is not { } next || !cursorsUsed.Add(next))
            {
                yield break;
            }

            cursor = next;
        }
    }
}
