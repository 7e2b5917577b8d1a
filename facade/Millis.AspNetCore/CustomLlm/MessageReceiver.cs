using System.Buffers;
using System.Net.WebSockets;

namespace Millis.AspNetCore.Internal;

internal enum ReceivedKind
{
    Text,
    Binary,
    TooBig,
    Closed,
}

internal readonly record struct Received(ReceivedKind Kind, ReadOnlyMemory<byte> Payload);

/// <summary>Reads whole messages, refusing one larger than the limit as soon as it is exceeded (the rest is left unread).</summary>
internal sealed class MessageReceiver
{
    private readonly WebSocket _socket;
    private readonly int _maxBytes;
    private readonly byte[] _chunk = new byte[4096];

    public MessageReceiver(WebSocket socket, int maxBytes)
    {
        _socket = socket;
        _maxBytes = maxBytes;
    }

    public async Task<Received> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await _socket.ReceiveAsync(_chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new Received(ReceivedKind.Closed, default);
            }

            if (buffer.WrittenCount + result.Count > _maxBytes)
            {
                return new Received(ReceivedKind.TooBig, default);
            }

            buffer.Write(_chunk.AsSpan(0, result.Count));
            if (result.EndOfMessage)
            {
                return new Received(result.MessageType == WebSocketMessageType.Binary ? ReceivedKind.Binary : ReceivedKind.Text, buffer.WrittenMemory);
            }
        }
    }

    /// <summary>Reads and discards until the peer's close frame.</summary>
    public async Task DrainUntilCloseAsync(CancellationToken cancellationToken)
    {
        while (_socket.State == WebSocketState.CloseSent)
        {
            var result = await _socket.ReceiveAsync(_chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }
}
