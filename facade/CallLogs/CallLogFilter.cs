using Millis.Models;

namespace Millis.CallLogs;

/// <summary>Filters and page size for <see cref="CallLogsClient"/>. Every filter is optional.</summary>
public sealed class CallLogFilter
{
    /// <summary>Largest page the API serves.</summary>
    public const int MaxLimit = 100;

    /// <summary>Records per page, 1–100 (API default 20).</summary>
    public int? Limit { get; set; }

    /// <summary>Only calls at or after this time (sent as Unix seconds).</summary>
    public DateTimeOffset? From { get; set; }

    /// <summary>Only calls at or before this time (sent as Unix seconds).</summary>
    public DateTimeOffset? To { get; set; }

    /// <summary>Only calls of this agent.</summary>
    public string? AgentId { get; set; }

    /// <summary>Only calls with this status.</summary>
    public CallStatus? Status { get; set; }

    /// <summary>Only calls whose phone number (the voip field) matches.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>Only calls of this campaign.</summary>
    public string? CampaignId { get; set; }

    /// <summary>Checks the filter before anything is sent.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="Limit"/> is outside 1–100, or <see cref="From"/> is after <see cref="To"/>.</exception>
    public void Validate()
    {
        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"CallLogFilter.Limit must be between 1 and {MaxLimit} (the API's page size range).");
        }

        if (From is { } from && To is { } to && from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(From), from, $"CallLogFilter.From ({from:O}) is after To ({to:O}).");
        }
    }

    /// <summary>A copy, so a paging enumeration is not affected by later changes to the caller's filter.</summary>
    internal CallLogFilter Clone() => (CallLogFilter)MemberwiseClone();

    internal static double? ToUnixSeconds(DateTimeOffset? time) => time?.ToUnixTimeMilliseconds() / 1000.0;
}
