using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// Writes frames to the socket one at a time (a WebSocket allows a single sender). The stream's state is checked under
/// the same lock as the write, so once a stream is stopped no frame of it can go out, however the handler races.
/// </summary>
internal sealed class FrameSender
{
    private readonly WebSocket _socket;
    private readonly CancellationToken _socketLifetime;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private bool _closed;

    public FrameSender(WebSocket socket, CancellationToken socketLifetime)
    {
        _socket = socket;
        _socketLifetime = socketLifetime;
    }

    public async ValueTask SendAsync(StreamState stream, string type, Action<Utf8JsonWriter> writeData, bool endsStream, bool allowedAfterEnd, CancellationToken cancellationToken)
    {
        var frame = Frame(type, writeData);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (stream.Stopped || _closed)
            {
                throw new OperationCanceledException($"Stream {stream.Id} was stopped (interrupted, superseded or the call ended); the frame was not sent.", stream.Token);
            }

            if (stream.Ended && !allowedAfterEnd)
            {
                throw new InvalidOperationException($"Stream {stream.Id} already sent end_of_stream.");
            }

            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, _socketLifetime).ConfigureAwait(false);
            stream.AnySent = true;
            stream.Ended |= endsStream;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Sends the close frame once; afterwards every send is refused. Gives up (false) if a send holds the lock too long.</summary>
    public async Task<bool> CloseOutputAsync(WebSocketCloseStatus status, string reason, TimeSpan timeout)
    {
        if (!await _lock.WaitAsync(timeout, CancellationToken.None).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            if (_closed)
            {
                return true;
            }

            _closed = true;
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var cts = new CancellationTokenSource(timeout);
                await _socket.CloseOutputAsync(status, reason, cts.Token).ConfigureAwait(false);
            }

            return true;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            return false;
        }
        finally
        {
            _lock.Release();
        }
    }

    internal static ReadOnlyMemory<byte> Frame(string type, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WriteStartObject("data");
            writeData(writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }
}
