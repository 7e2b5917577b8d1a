using System.Net.Http;
using System.Net.Sockets;
using Millis.Generated;

namespace Millis.Http;

/// <summary>Whether a failed attempt may be repeated, by the operation's <see cref="RetryClass"/>, and how long to wait.</summary>
internal static class RetryDecision
{
    /// <summary>The first wait between attempts; each next one doubles (then <see cref="MillisClientOptions.MaxRetryDelay"/> caps it).</summary>
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    private static readonly int[] IdempotentRetryStatuses = [408, 429, 500, 502, 503, 504];

#if !NET8_0_OR_GREATER
    [ThreadStatic]
    private static Random? _random;
#endif

    /// <param name="retryClass">The operation's class.</param>
    /// <param name="failure">How the attempt failed.</param>
    /// <param name="wire">What the transport saw of the attempt (null when unknown).</param>
    /// <param name="time">The clock for <c>Retry-After</c> dates.</param>
    /// <param name="maxRetryDelay">The longest wait allowed: a server asking for longer fails the call at once.</param>
    public static bool ShouldRetry(RetryClass retryClass, Exception? failure, AttemptWire? wire, TimeProvider time, TimeSpan maxRetryDelay) => failure switch
    {
        MillisRawApiException raw when ErrorTranslation.RetryAfter(raw.Headers, time) is { } wait && wait > maxRetryDelay => false,
        MillisRawApiException raw => retryClass == RetryClass.Idempotent
            ? IdempotentRetryStatuses.Contains(raw.StatusCode)
            : raw.StatusCode is 429 or 503 && ErrorTranslation.RetryAfter(raw.Headers, time) is not null,
        HttpRequestException or AttemptTimeoutException => retryClass == RetryClass.Idempotent || !AttemptWire.MayHaveReachedServer(wire, failure),
        _ => false,
    };

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (0 for the first): the exponential backoff (never below it,
    /// with up to 25% jitter added), or the server's <c>Retry-After</c> when that is longer; at most <paramref name="maxRetryDelay"/>.
    /// </summary>
    public static TimeSpan Delay(int retry, TimeSpan? retryAfter, TimeSpan maxRetryDelay)
    {
        var backoffMs = BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(retry, 16)) * (1 + (0.25 * NextDouble()));
        var backoff = TimeSpan.FromMilliseconds(Math.Min(backoffMs, maxRetryDelay.TotalMilliseconds));
        // Stryker disable once Equality : when Retry-After equals the backoff both branches give the same wait
        var wait = retryAfter is { } asked && asked > backoff ? asked : backoff;
        // Stryker disable once Equality : when the wait equals the cap both branches give the same wait
        return wait < maxRetryDelay ? wait : maxRetryDelay;
    }

    /// <summary>True when the connection was never established, so the server cannot have acted on the request.</summary>
    public static bool NeverReachedServer(HttpRequestException exception)
    {
#if NET8_0_OR_GREATER
        if (exception.HttpRequestError is HttpRequestError.NameResolutionError)
        {
            return true;
        }
#endif
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain or SocketError.HostUnreachable or SocketError.NetworkUnreachable })
            {
                return true;
            }
        }

        return false;
    }

    private static double NextDouble()
    {
#if NET8_0_OR_GREATER
        return Random.Shared.NextDouble();
#else
        return (_random ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
#endif
    }
}
