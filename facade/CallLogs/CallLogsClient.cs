using System.Runtime.CompilerServices;
using Millis.Models;

namespace Millis.CallLogs;

// Conveniences over the generated plumbing (generated/Millis.Resources.g.cs holds the rest of this class).
public partial class CallLogsClient
{
    /// <summary>One page of call logs across agents, newest first (<c>GET /call-logs</c>). Retried on transient failures.</summary>
    /// <param name="filter">Filters and page size; all optional.</param>
    /// <param name="cursor">Where to continue: <see cref="CallLogPage.Next"/> of the previous page, or a stored cursor; null starts at the top.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentOutOfRangeException">The filter's limit or time range is invalid.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task<CallLogPage> ListAsync(CallLogFilter? filter = null, CallLogCursor? cursor = null, CancellationToken cancellationToken = default)
    {
        filter?.Validate();
        return ListCoreAsync(
            limit: filter?.Limit,
            startAfterTs: cursor?.Value,
            startTime: CallLogFilter.ToUnixSeconds(filter?.From),
            endTime: CallLogFilter.ToUnixSeconds(filter?.To),
            agentId: filter?.AgentId,
            callStatus: filter?.Status?.Value,
            phoneNumber: filter?.PhoneNumber,
            campaignId: filter?.CampaignId,
            cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Every call log matching the filter, fetching the next page only when the previous one is used up. Stops at an
    /// empty page and where the API's cursor ends the walk (absent, null, 0, repeated, or going back the way it came).
    /// </summary>
    /// <param name="filter">Filters and page size; all optional.</param>
    /// <param name="startAfter">A stored cursor to resume from; null starts at the top.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <exception cref="ArgumentOutOfRangeException">The filter's limit or time range is invalid (thrown by this call).</exception>
    public virtual IAsyncEnumerable<CallLog> ListAllAsync(CallLogFilter? filter = null, CallLogCursor? startAfter = null, CancellationToken cancellationToken = default)
    {
        var pages = ListPagesAsync(filter, startAfter, cancellationToken);
        return ItemsOfAsync(pages, cancellationToken);
    }

    /// <summary>The pages of <see cref="ListAllAsync"/>, each with the cursor that resumes after it (<see cref="CallLogPage.Next"/>).</summary>
    /// <param name="filter">Filters and page size; all optional.</param>
    /// <param name="startAfter">A stored cursor to resume from; null starts at the top.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    /// <exception cref="ArgumentOutOfRangeException">The filter's limit or time range is invalid (thrown by this call).</exception>
    public virtual IAsyncEnumerable<CallLogPage> ListPagesAsync(CallLogFilter? filter = null, CallLogCursor? startAfter = null, CancellationToken cancellationToken = default)
    {
        filter?.Validate();
        return PagesAsync(filter?.Clone(), startAfter, cancellationToken);
    }

    private static async IAsyncEnumerable<CallLog> ItemsOfAsync(IAsyncEnumerable<CallLogPage> pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
        await foreach (var page in pages.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var log in page.Histories ?? [])
            {
                yield return log;
            }
        }
    }

    private async IAsyncEnumerable<CallLogPage> PagesAsync(CallLogFilter? filter, CallLogCursor? startAfter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var walk = new CursorWalk(startAfter?.Value);
        var cursor = startAfter;
        while (true)
        {
            var page = await ListAsync(filter, cursor, cancellationToken).ConfigureAwait(false);
            yield return page;
            if (page.Histories is not { Count: > 0 } || page.Next is not { } next || !walk.Advance(next.Value))
            {
                yield break;
            }

            cursor = next;
        }
    }
}
