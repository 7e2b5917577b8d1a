using System.Net.Http;
using System.Net.Sockets;
using Millis.Generated;
using Polly.Timeout;

namespace Millis.Http;

/// <summary>Whether a failed attempt may be repeated, by the operation's <see cref="RetryClass"/>.</summary>
internal static class RetryDecision
{
    private static readonly int[] IdempotentRetryStatuses = [408, 429, 500, 502, 503, 504];

    public static bool ShouldRetry(RetryClass retryClass, Exception? failure, TimeProvider time) => failure switch
    {
        MillisRawApiException raw => retryClass == RetryClass.Idempotent
            ? IdempotentRetryStatuses.Contains(raw.StatusCode)
            : raw.StatusCode is 429 or 503 && ErrorTranslation.RetryAfter(raw.Headers, time) is not null,
        HttpRequestException http => retryClass == RetryClass.Idempotent || NeverReachedServer(http),
        TimeoutRejectedException => retryClass == RetryClass.Idempotent,
        _ => false,
    };

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
}
