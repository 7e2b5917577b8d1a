using System.Text.Json;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary>
/// Sends the replies of one stream (<c>stream_response</c> frames with its <c>stream_id</c>) and call actions. Once the
/// stream is stopped (interrupt, a newer request, the call ending) every send throws
/// <see cref="OperationCanceledException"/> and nothing more goes out for it.
/// </summary>
public sealed class MillisStreamResponder
{
    private readonly StreamState _state;
    private readonly FrameSender _sender;
    private readonly MillisCustomLlmOptions _options;

    internal MillisStreamResponder(StreamState state, FrameSender sender, MillisCallSession session, MillisCustomLlmOptions options)
    {
        _state = state;
        _sender = sender;
        _options = options;
        Session = session;
    }

    /// <summary>The stream's id, echoed in every frame.</summary>
    public MillisStreamId StreamId => _state.Id;

    /// <summary>The call this stream belongs to.</summary>
    public MillisCallSession Session { get; }

    /// <summary>Cancelled the moment the stream is stopped (the same token the handler receives).</summary>
    public CancellationToken StreamAborted => _state.Token;

    /// <summary>True once <c>end_of_stream</c> was sent.</summary>
    public bool HasEnded => _state.Ended;

    /// <summary>Sends text to speak; <paramref name="flush"/> asks Millis to speak it now rather than wait for a full sentence.</summary>
    /// <exception cref="OperationCanceledException">The stream was stopped; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The stream already ended.</exception>
    public ValueTask SendAsync(string content, bool flush = false, CancellationToken cancellationToken = default) =>
        SendAsync(new MillisStreamResponse { Content = content ?? throw new ArgumentNullException(nameof(content)), Flush = flush ? true : null }, cancellationToken);

    /// <summary>Sends a pause (<c>pause</c> in milliseconds) with no text.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pause"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">The stream was stopped; nothing was sent.</exception>
    public ValueTask PauseAsync(TimeSpan pause, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pause, TimeSpan.Zero);
        return SendAsync(new MillisStreamResponse { PauseMilliseconds = (int)Math.Min(int.MaxValue, pause.TotalMilliseconds) }, cancellationToken);
    }

    /// <summary>Ends the stream (<c>end_of_stream: true</c>), with last words if given.</summary>
    /// <exception cref="OperationCanceledException">The stream was stopped; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The stream already ended.</exception>
    public ValueTask EndAsync(string content = "", CancellationToken cancellationToken = default) =>
        SendAsync(new MillisStreamResponse { Content = content ?? "", EndOfStream = true }, cancellationToken);

    /// <summary>Sends one <c>stream_response</c> frame as given.</summary>
    /// <exception cref="OperationCanceledException">The stream was stopped; nothing was sent.</exception>
    /// <exception cref="InvalidOperationException">The stream already ended.</exception>
    public ValueTask SendAsync(MillisStreamResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        return _sender.SendAsync(_state, MillisCustomLlmMessageTypes.StreamResponse, w => Write(w, response), response.EndOfStream, allowedAfterEnd: false, cancellationToken);
    }

    /// <summary>
    /// Asks Millis to end the call (<see cref="MillisCustomLlmOptions.EndCallMessageType"/>, an assumed name). Say
    /// goodbye with <see cref="EndAsync"/> first if it should be heard.
    /// </summary>
    /// <exception cref="OperationCanceledException">The stream was stopped; nothing was sent.</exception>
    public ValueTask EndCallAsync(CancellationToken cancellationToken = default) =>
        _sender.SendAsync(_state, _options.EndCallMessageType, w => _state.Id.WriteTo(w), endsStream: false, allowedAfterEnd: true, cancellationToken);

    /// <summary>Asks Millis to transfer the call to <paramref name="destination"/> (<see cref="MillisCustomLlmOptions.TransferCallMessageType"/>, an assumed name).</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is empty.</exception>
    /// <exception cref="OperationCanceledException">The stream was stopped; nothing was sent.</exception>
    public ValueTask TransferCallAsync(string destination, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(destination);
        return _sender.SendAsync(
            _state,
            _options.TransferCallMessageType,
            w =>
            {
                _state.Id.WriteTo(w);
                w.WriteString("destination", destination);
            },
            endsStream: false,
            allowedAfterEnd: true,
            cancellationToken);
    }

    private void Write(Utf8JsonWriter writer, MillisStreamResponse response)
    {
        _state.Id.WriteTo(writer);
        writer.WriteString("content", response.Content);
        if (response.Flush is { } flush)
        {
            writer.WriteBoolean("flush", flush);
        }

        if (response.PauseMilliseconds is { } pause)
        {
            writer.WriteNumber("pause", pause);
        }

        writer.WriteBoolean("end_of_stream", response.EndOfStream);
    }
}
