using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Millis.AspNetCore.Testing;

/// <summary>
/// One simulated Millis call on your custom-LLM endpoint: send what Millis sends, read and record what your endpoint
/// answers. Reads are sequential (one reader at a time); every received frame is kept in <see cref="Frames"/>.
/// </summary>
public sealed class MillisCustomLlmSimulatorConnection : IAsyncDisposable
{
    private readonly WebSocket _socket;
    private readonly List<MillisSimulatorFrame> _frames = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    internal MillisCustomLlmSimulatorConnection(WebSocket socket) => _socket = socket;

    /// <summary>Every frame received so far, in order.</summary>
    public IReadOnlyList<MillisSimulatorFrame> Frames => _frames;

    /// <summary>The close status the endpoint sent; null while open.</summary>
    public WebSocketCloseStatus? CloseStatus { get; private set; }

    /// <summary>The close reason the endpoint sent; null while open.</summary>
    public string? CloseDescription { get; private set; }

    /// <summary>Sends <c>start_call</c>.</summary>
    public Task SendStartCallAsync(string streamId = "0", string sessionId = "sim-session-1", string agentId = "sim-agent-1", IDictionary<string, object?>? metadata = null, string? from = "+15555550100", string? to = "+15555550199", CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object?>
        {
            ["stream_id"] = streamId,
            ["agent_id"] = agentId,
            ["session_id"] = sessionId,
            ["metadata"] = metadata ?? new Dictionary<string, object?>(),
        };
        if (from is not null || to is not null)
        {
            data["voip"] = new { from, to };
        }

        return SendMessageAsync(MillisCustomLlmMessageTypes.StartCall, data, cancellationToken);
    }

    /// <summary>Sends <c>stream_request</c> with the transcript so far.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="transcript"/> is null.</exception>
    public Task SendStreamRequestAsync(string streamId, IEnumerable<TranscriptMessage> transcript, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return SendMessageAsync(MillisCustomLlmMessageTypes.StreamRequest, new { stream_id = streamId, transcript = transcript.Select(t => new { role = t.Role, content = t.Content }) }, cancellationToken);
    }

    /// <summary>Sends <c>interrupt</c> for a stream (the caller barged in).</summary>
    public Task SendInterruptAsync(string streamId, CancellationToken cancellationToken = default) =>
        SendMessageAsync(MillisCustomLlmMessageTypes.Interrupt, new { stream_id = streamId }, cancellationToken);

    /// <summary>Sends <c>partial_transcript</c>.</summary>
    public Task SendPartialTranscriptAsync(string transcript, bool isFinal = false, string sessionId = "sim-session-1", CancellationToken cancellationToken = default) =>
        SendMessageAsync(MillisCustomLlmMessageTypes.PartialTranscript, new { session_id = sessionId, transcript, is_final = isFinal }, cancellationToken);

    /// <summary>Sends <c>playback_finished</c>.</summary>
    public Task SendPlaybackFinishedAsync(string streamId, string sessionId = "sim-session-1", CancellationToken cancellationToken = default) =>
        SendMessageAsync(MillisCustomLlmMessageTypes.PlaybackFinished, new { session_id = sessionId, stream_id = streamId }, cancellationToken);

    /// <summary>Sends <c>{"type": type, "data": data}</c>.</summary>
    public Task SendMessageAsync(string type, object data, CancellationToken cancellationToken = default) =>
        SendTextAsync(JsonSerializer.Serialize(new { type, data }), cancellationToken);

    /// <summary>Sends a text frame as given (for bad-input tests).</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken = default) =>
        SendAsync(Encoding.UTF8.GetBytes(text ?? throw new ArgumentNullException(nameof(text))), WebSocketMessageType.Text, cancellationToken);

    /// <summary>Sends a binary frame (which the protocol does not use).</summary>
    public Task SendBinaryAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default) =>
        SendAsync(bytes, WebSocketMessageType.Binary, cancellationToken);

    /// <summary>Receives the next frame; null once the endpoint closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<MillisSimulatorFrame?> ReceiveFrameAsync(CancellationToken cancellationToken = default)
    {
        if (CloseStatus is not null || _socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                CloseStatus = _socket.CloseStatus ?? WebSocketCloseStatus.Empty;
                CloseDescription = _socket.CloseStatusDescription;
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken).ConfigureAwait(false);
                }

                return null;
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                var frame = new MillisSimulatorFrame(Encoding.UTF8.GetString(buffer.WrittenSpan), _frames.Count);
                _frames.Add(frame);
                return frame;
            }
        }
    }

    /// <summary>Receives until a frame matches <paramref name="predicate"/> and returns it; null if the endpoint closed first.</summary>
    public async Task<MillisSimulatorFrame?> ReceiveUntilAsync(Func<MillisSimulatorFrame, bool> predicate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        while (await ReceiveFrameAsync(cancellationToken).ConfigureAwait(false) is { } frame)
        {
            if (predicate(frame))
            {
                return frame;
            }
        }

        return null;
    }

    /// <summary>Receives until <c>end_of_stream</c> for <paramref name="streamId"/>; returns that stream's frames (others are recorded in <see cref="Frames"/>).</summary>
    public async Task<IReadOnlyList<MillisSimulatorFrame>> ReadStreamAsync(string streamId, CancellationToken cancellationToken = default)
    {
        var start = _frames.Count;
        await ReceiveUntilAsync(f => f.StreamId == streamId && f.EndOfStream, cancellationToken).ConfigureAwait(false);
        return _frames.Skip(start).Where(f => f.StreamId == streamId).ToList();
    }

    /// <summary>Receives (recording frames) until the endpoint closes; returns the close status.</summary>
    public async Task<WebSocketCloseStatus?> WaitForCloseAsync(CancellationToken cancellationToken = default)
    {
        while (await ReceiveFrameAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
        }

        return CloseStatus;
    }

    /// <summary>Closes the connection as Millis does when a call ends, and waits for the endpoint's close reply.</summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "call ended", cancellationToken).ConfigureAwait(false);
        }

        await WaitForCloseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the connection.</summary>
    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task SendAsync(ReadOnlyMemory<byte> bytes, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, type, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
