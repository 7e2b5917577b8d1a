namespace Millis;

/// <summary>The request could not be completed at the network level (DNS, refused or dropped connection, TLS).</summary>
public sealed class MillisConnectionException : MillisException
{
    /// <summary>Creates the exception.</summary>
    public MillisConnectionException(string method, string path, int attempts, Exception innerException)
        : base($"Millis API {method} {path} could not reach the server after {attempts} attempt(s): {innerException.Message}", innerException)
    {
        Attempts = attempts;
    }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; }
}
