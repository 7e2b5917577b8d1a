namespace Millis;

/// <summary>The request could not be completed at the network level (DNS, refused or dropped connection, TLS).</summary>
/// <remarks>
/// Read <see cref="MayHaveReachedServer"/> before trying again: when it is true the request left this machine and the
/// connection failed before an answer arrived, so the server may have acted on it. For an operation that creates
/// something or dials, the message then says how to check whether it happened.
/// </remarks>
public sealed class MillisConnectionException : MillisException
{
    /// <summary>Creates the exception for a failure after which the request may have reached the server.</summary>
    public MillisConnectionException(string method, string path, int attempts, Exception innerException)
        : this(method, path, attempts, mayHaveReachedServer: true, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public MillisConnectionException(string method, string path, int attempts, bool mayHaveReachedServer, Exception innerException)
        : this(Http.CallOutcome.ConnectionMessage(method, path, attempts, mayHaveReachedServer, hint: null, innerException), attempts, mayHaveReachedServer, innerException)
    {
    }

    internal MillisConnectionException(string message, int attempts, bool mayHaveReachedServer, Exception innerException)
        : base(message, innerException)
    {
        Attempts = attempts;
        MayHaveReachedServer = mayHaveReachedServer;
    }

    /// <summary>How many attempts were made (each is one request; the SDK never lets the HTTP handler resend one).</summary>
    public int Attempts { get; }

    /// <summary>
    /// False only when no attempt's request can have reached the server: the connection was refused, the name did not
    /// resolve, or (with the SDK's own HTTP handler) no byte of the request was written. True means the server may have
    /// received it and acted on it: a dial may have been placed, a resource may have been created.
    /// </summary>
    public bool MayHaveReachedServer { get; }
}
