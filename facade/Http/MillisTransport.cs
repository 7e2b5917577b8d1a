using System.Net.Http;

namespace Millis.Http;

/// <summary>
/// The HTTP handlers the SDK creates itself (<c>new MillisClient(options)</c> and <c>services.AddMillis(...)</c>):
/// redirects are never followed by the handler (the pipeline applies the SDK's own rule, see <see cref="Redirects"/>),
/// and on net8.0 every connection is watched so that one attempt puts its request on the wire at most once.
/// </summary>
/// <remarks>
/// Why the watch: <c>SocketsHttpHandler</c> resends a request without a body on a new connection, up to three times,
/// when a connection closes before any byte of the answer arrived. Under the SDK's own retries that multiplied: one GET
/// against a server that closed every connection reached it 12 times. The handler gives no switch for it, so the
/// SDK wraps each connection's stream (<c>SocketsHttpHandler.PlaintextStreamFilter</c>, after TLS) and refuses a
/// second connection for the same attempt; the resend then fails before a byte of it is written, and the pipeline
/// decides about retrying by its policy. The same watch tells "never sent" from "sent, no answer" (<see cref="AttemptWire"/>).
/// </remarks>
internal static class MillisTransport
{
    /// <summary>The handler of an HttpClient the SDK creates and owns.</summary>
    public static HttpMessageHandler CreateHandler()
    {
#if NET8_0_OR_GREATER
        // Recycle pooled connections so DNS changes of the gateway are picked up (what IHttpClientFactory does).
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        Configure(handler);
        return handler;
#else
        return new HttpClientHandler { AllowAutoRedirect = false };
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>Applies the SDK's transport rules to a handler it created (own client, or IHttpClientFactory's primary handler).</summary>
    public static void Configure(SocketsHttpHandler handler)
    {
        handler.AllowAutoRedirect = false;
        handler.PlaintextStreamFilter = static (context, _) =>
        {
            AttemptWire.Current?.ConnectionOpened();
            return new ValueTask<Stream>(new WireWatchStream(context.PlaintextStream));
        };
    }
#endif
}

/// <summary>
/// What the transport saw of one attempt (one HTTP request of one call): whether a connection of the SDK's handler was
/// opened for it, and whether any byte of the request was written. Flows with the attempt (an <see cref="AsyncLocal{T}"/>),
/// so the connection stream, which runs in the request's own execution context, finds it.
/// </summary>
internal sealed class AttemptWire
{
    private static readonly AsyncLocal<AttemptWire?> Ambient = new();

    private readonly object _gate = new();
    private object? _connection;

    /// <summary>The attempt in progress on this execution flow, if any.</summary>
    public static AttemptWire? Current => Ambient.Value;

    /// <summary>True once a byte of the request was written (or a write was tried): the server may have it.</summary>
    public bool Sent { get; private set; }

    /// <summary>True once the SDK's own transport handled this attempt (a connection was opened or written for it).</summary>
    public bool Watched { get; private set; }

    /// <summary>True when the handler tried to send the request again on another connection and was stopped.</summary>
    public bool ResendRefused { get; private set; }

    /// <summary>Starts tracking an attempt for the rest of the current async flow.</summary>
    public static AttemptWire Begin()
    {
        var wire = new AttemptWire();
        Ambient.Value = wire;
        return wire;
    }

    /// <summary>
    /// Whether the server may have received this attempt's request, given how it failed. Exact when the SDK's transport
    /// watched the attempt; otherwise only a refused connection or a failed name lookup counts as "never sent".
    /// </summary>
    public static bool MayHaveReachedServer(AttemptWire? wire, Exception failure)
    {
        if (wire is { Sent: true })
        {
            return true;
        }

        if (wire is { Watched: true })
        {
            return false;
        }

        return failure is not HttpRequestException http || !RetryDecision.NeverReachedServer(http);
    }

    internal void ConnectionOpened() => Watched = true;

    /// <summary>Called before each write of a watched connection; throws when it would be a second send of this attempt.</summary>
    internal void BeforeWrite(object connection)
    {
        lock (_gate)
        {
            Watched = true;
            if (_connection is null)
            {
                _connection = connection;
                Sent = true;
                return;
            }

            if (ReferenceEquals(_connection, connection))
            {
                return;
            }

            ResendRefused = true;
        }

        throw new IOException("The Millis SDK stopped the HTTP handler from resending the request on a new connection: the connection closed before an answer arrived; retries are decided by MillisClientOptions.MaxRetries.");
    }
}

/// <summary>A connection's plaintext stream, passed through, reporting each write to the attempt in progress.</summary>
internal sealed class WireWatchStream(Stream inner) : Stream
{
    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanTimeout => inner.CanTimeout;

    public override int ReadTimeout { get => inner.ReadTimeout; set => inner.ReadTimeout = value; }

    public override int WriteTimeout { get => inner.WriteTimeout; set => inner.WriteTimeout = value; }

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        inner.ReadAsync(buffer, offset, count, cancellationToken);

#if NET8_0_OR_GREATER
    public override int Read(Span<byte> buffer) => inner.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Watch();
        inner.Write(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Watch();
        return inner.WriteAsync(buffer, cancellationToken);
    }

    public override ValueTask DisposeAsync() => inner.DisposeAsync();
#endif

    public override void Write(byte[] buffer, int offset, int count)
    {
        Watch();
        inner.Write(buffer, offset, count);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Watch();
        return inner.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Watch() => AttemptWire.Current?.BeforeWrite(this);
}
