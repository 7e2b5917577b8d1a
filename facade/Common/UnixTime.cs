namespace Millis;

/// <summary>Conversions of the API's Unix-second timestamps.</summary>
internal static class UnixTime
{
    private static readonly double MinSeconds = DateTimeOffset.MinValue.ToUnixTimeMilliseconds() / 1000.0;
    private static readonly double MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds() / 1000.0;

    /// <summary>Seconds (with a fraction) to a UTC time, to the millisecond; null when not finite or out of range.</summary>
    public static DateTimeOffset? FromSeconds(double? seconds)
    {
        if (seconds is not { } s || double.IsNaN(s) || double.IsInfinity(s) || s < MinSeconds || s > MaxSeconds)
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000.0, MidpointRounding.AwayFromZero));
    }

    /// <summary>Whole seconds to a UTC time (every int is in range).</summary>
    public static DateTimeOffset? FromSeconds(long seconds) =>
        seconds is >= -62135596800L and <= 253402300799L ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
