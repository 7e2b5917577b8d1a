namespace Millis;

/// <summary>An attempt took longer than <see cref="MillisClientOptions.Timeout"/> (every attempt, when retries were allowed). Not a cancellation by the caller.</summary>
public sealed class MillisTimeoutException : MillisException
{
    /// <summary>Creates the exception.</summary>
    public MillisTimeoutException(string method, string path, TimeSpan timeout, int attempts, Exception? innerException = null)
        : base($"Millis API {method} {path} timed out: each of {attempts} attempt(s) exceeded MillisClientOptions.Timeout ({timeout.TotalSeconds:0.###} s). Raise Timeout or check connectivity.", innerException)
    {
        Timeout = timeout;
        Attempts = attempts;
    }

    /// <summary>The per-attempt limit that was hit.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}
