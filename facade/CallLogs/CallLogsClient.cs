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
}
