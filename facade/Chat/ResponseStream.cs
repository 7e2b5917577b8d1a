using Millis.Generated;

namespace Millis.Chat;

/// <summary>
/// A response body stream that closes the HTTP response, and so the connection, when disposed. A body that was not
/// read to its end is aborted, not drained: SocketsHttpHandler would otherwise keep reading it (up to 1 MB or 2 s) to
/// reuse the connection, and a live chat stream would keep the server generating for nobody.
/// </summary>
internal sealed class ResponseStream(FileResponse response) : Stream
{
    private const int MaxAbortReads = 16;

    // The same names ErrorTranslation reads for MillisApiException.RequestId.

    private readonly Stream _inner = response.Stream;
    private int _ended;
    private int _disposed;

    public override bool CanRead => true;

    /// <summary>The HTTP status of the response.</summary>
    public int StatusCode => response.StatusCode;

    /// <summary>The response's <c>Content-Type</c> header as sent, or null when it had none.</summary>
    public string? ContentType => Header(["Content-Type"]);

    /// <summary>The response's request id header, if any.</summary>
    public string? RequestId => Header(Millis.Http.ErrorTranslation.RequestIdHeaders);

    /// <summary>True when <see cref="ContentType"/> is <c>text/event-stream</c> (any parameters, any case).</summary>
    public bool IsEventStream
    {
        get
        {
            var type = ContentType;
            if (type is null)
            {
                return false;
            }

            var semicolon = type.IndexOf(';');
            var media = (semicolon < 0 ? type : type.Substring(0, semicolon)).Trim();
            return string.Equals(media, "text/event-stream", StringComparison.OrdinalIgnoreCase);
        }
    }

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Track(_inner.Read(buffer, offset, count), count);

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Track(await _inner.ReadAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false), count);

#if NET8_0_OR_GREATER
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Track(await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            if (Volatile.Read(ref _ended) == 0)
            {
                AbortUnreadBody();
            }

            response.Dispose();
        }

        base.Dispose(disposing);
    }

    private string? Header(string[] names)
    {
        foreach (var pair in response.Headers)
        {
            foreach (var name in names)
            {
                if (string.Equals(name, pair.Key, StringComparison.OrdinalIgnoreCase))
                {
                    return string.Join(", ", pair.Value);
                }
            }
        }

        return null;
    }

    private int Track(int read, int requested)
    {
        if (read == 0 && requested > 0)
        {
            Volatile.Write(ref _ended, 1);
        }

        return read;
    }

    /// <summary>
    /// Makes the handler drop the connection: a read that is cancelled while it waits for data closes it
    /// (SocketsHttpHandler). Data that is already buffered is discarded first, a bounded number of times; if the
    /// server keeps data coming, plain disposal (a bounded drain) remains the fallback.
    /// </summary>
    private void AbortUnreadBody()
    {
        var buffer = new byte[4096];
        using var cts = new CancellationTokenSource();
        for (var i = 0; i < MaxAbortReads; i++)
        {
            Task<int> read;
            try
            {
                read = _inner.ReadAsync(buffer, 0, buffer.Length, cts.Token);
            }
            catch (Exception ex) when (ex is IOException || ex is ObjectDisposedException || ex is InvalidOperationException || ex is NotSupportedException || ex is OperationCanceledException || ex is System.Net.Http.HttpRequestException)
            {
                return;
            }

            if (!read.IsCompleted)
            {
                cts.Cancel();
                _ = read.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                return;
            }

            if (read.Status != TaskStatus.RanToCompletion || read.Result == 0)
            {
                _ = read.Exception;
                return;
            }
        }
    }
}
