namespace Millis;

/// <summary>An attempt took longer than <see cref="MillisClientOptions.Timeout"/> (every attempt, when retries were allowed). Not a cancellation by the caller.</summary>
/// <remarks>
/// Read <see cref="MayHaveReachedServer"/> before trying again: when it is true the request was sent and no answer
/// came in time, so the server may have acted on it. For an operation that creates something or dials, the message then
/// says how to check whether it happened.
/// </remarks>
public sealed class MillisTimeoutException : MillisException
{
    /// <summary>Creates the exception for a timeout after which the request may have reached the server.</summary>
    public MillisTimeoutException(string method, string path, TimeSpan timeout, int attempts, Exception? innerException = null)
        : this(method, path, timeout, attempts, mayHaveReachedServer: true, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MillisTimeoutException(string method, string path, TimeSpan timeout, int attempts, bool mayHaveReachedServer, Exception? innerException = null)
        : this(Http.CallOutcome.TimeoutMessage(method, path, timeout, attempts, mayHaveReachedServer, hint: null), timeout, attempts, mayHaveReachedServer, innerException)
    {
    }

    internal MillisTimeoutException(string message, TimeSpan timeout, int attempts, bool mayHaveReachedServer, Exception? innerException)
        : base(message, innerException)
    {
        Timeout = timeout;
        Attempts = attempts;
        MayHaveReachedServer = mayHaveReachedServer;
    }

    /// <summary>The per-attempt limit that was hit.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }

    /// <summary>
    /// False only when no attempt's request can have reached the server (with the SDK's own HTTP handler: no byte of it
    /// was written before the limit). True means the server may have received it and acted on it.
    /// </summary>
    public bool MayHaveReachedServer { get; }
}
