using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// One custom-LLM WebSocket connection: reads messages in order, runs each reply stream beside the receive loop (so
/// an interrupt is seen while a reply is generated), and ends every way with a close frame and stopped handlers:
/// peer close, bad frame, size limit, missing <c>start_call</c>, or a dropped connection.
/// </summary>
internal sealed partial class CustomLlmConnection : IDisposable
{
    private static readonly JsonElement EmptyObject = JsonSerializer.SerializeToElement(new { });

    private readonly WebSocket _socket;
    private readonly HttpContext _http;
    private readonly MillisCustomLlmOptions _options;
    private readonly MillisCustomLlmHandler _handler;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _call;
    private readonly CancellationTokenSource _socketLifetime;
    private readonly FrameSender _sender;
    private readonly MessageReceiver _receiver;
    private readonly List<StreamState> _streams = new();
    private readonly HashSet<string> _reportedTypes = new(StringComparer.Ordinal);
    private MillisCallSession? _session;

    public CustomLlmConnection(WebSocket socket, HttpContext http, MillisCustomLlmOptions options, MillisCustomLlmHandler handler, ILogger logger, TimeProvider time)
    {
        _socket = socket;
        _http = http;
        _options = options;
        _handler = handler;
        _logger = logger;
        _time = time;
        _call = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _socketLifetime = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        _sender = new FrameSender(socket, _socketLifetime.Token);
        _receiver = new MessageReceiver(socket, options.MaxMessageBytes);
    }

    public async Task RunAsync()
    {
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_socketLifetime.IsCancellationRequested)
        {
            LogDropped(_logger, _session?.SessionId, "aborted");
        }
        catch (WebSocketException e)
        {
            LogDropped(_logger, _session?.SessionId, e.WebSocketErrorCode.ToString());
        }
        finally
        {
            await ShutdownAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (var stream in _streams)
        {
            stream.Dispose();
        }

        _call.Dispose();
        _socketLifetime.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        using var startTimer = new CancellationTokenSource();
        var startDeadline = Task.Delay(_options.StartCallTimeout, _time, startTimer.Token);
        try
        {
            while (true)
            {
                var receive = _receiver.ReceiveAsync(_socketLifetime.Token);
                if (_session is null && await Task.WhenAny(receive, startDeadline).ConfigureAwait(false) == startDeadline)
                {
                    LogNoStartCall(_logger, _options.StartCallTimeout.TotalSeconds);
                    await CloseAsync(WebSocketCloseStatus.PolicyViolation, $"no start_call within {_options.StartCallTimeout.TotalSeconds:0.###} s", receive).ConfigureAwait(false);
                    return;
                }

                var message = await receive.ConfigureAwait(false);
                switch (message.Kind)
                {
                    case ReceivedKind.Closed:
                        LogPeerClosed(_logger, _session?.SessionId, _socket.CloseStatus?.ToString() ?? "none");
                        _call.Cancel();
                        await _sender.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "", _options.CloseTimeout).ConfigureAwait(false);
                        return;
                    case ReceivedKind.TooBig:
                        LogTooBig(_logger, _options.MaxMessageBytes);
                        await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"message over {_options.MaxMessageBytes} bytes").ConfigureAwait(false);
                        return;
                    case ReceivedKind.Binary:
                        LogBinary(_logger);
                        await CloseAsync(WebSocketCloseStatus.InvalidMessageType, "binary frames are not supported").ConfigureAwait(false);
                        return;
                    default:
                        if (!await DispatchAsync(message.Payload).ConfigureAwait(false))
                        {
                            return;
                        }

                        break;
                }
            }
        }
        finally
        {
            startTimer.Cancel();
        }
    }

    /// <summary>Handles one text message; false when it closed the connection.</summary>
    private async Task<bool> DispatchAsync(ReadOnlyMemory<byte> payload)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(payload.Span);
        }
        catch (JsonException)
        {
            LogNotJson(_logger, _session?.SessionId);
            await CloseAsync(WebSocketCloseStatus.InvalidPayloadData, "frame is not JSON").ConfigureAwait(false);
            return false;
        }

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            LogNoType(_logger, _session?.SessionId);
            return true;
        }

        var type = typeElement.GetString()!;
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : EmptyObject;
        if (_session is null && type != MillisCustomLlmMessageTypes.StartCall)
        {
            LogBeforeStart(_logger, Shorten(type));
            return true;
        }

        switch (type)
        {
            case MillisCustomLlmMessageTypes.StartCall:
                StartCall(StartCallMessage.Read(data));
                break;
            case MillisCustomLlmMessageTypes.StreamRequest:
                StreamRequest(StreamRequestMessage.Read(data));
                break;
            case MillisCustomLlmMessageTypes.Interrupt:
                Interrupt(MillisStreamId.Read(data));
                break;
            case MillisCustomLlmMessageTypes.PartialTranscript:
                await InlineAsync(type, () => _handler.OnPartialTranscriptAsync(_session!, PartialTranscriptMessage.Read(data), _call.Token)).ConfigureAwait(false);
                break;
            case MillisCustomLlmMessageTypes.PlaybackFinished:
                await InlineAsync(type, () => _handler.OnPlaybackFinishedAsync(_session!, PlaybackFinishedMessage.Read(data), _call.Token)).ConfigureAwait(false);
                break;
            default:
                // Unknown types are expected as the protocol grows: reported once per connection, then quietly skipped.
                if (_reportedTypes.Add(type))
                {
                    LogUnknownType(_logger, Shorten(type), _session?.SessionId);
                }

                break;
        }

        return true;
    }

    private void StartCall(StartCallMessage start)
    {
        if (_session is not null)
        {
            LogDuplicateStart(_logger, _session.SessionId);
            return;
        }

        var session = new MillisCallSession(start, _http, _call.Token);
        _session = session;
        LogStarted(_logger, start.SessionId, start.AgentId);
        StartStream(start.StreamId, isGreeting: true, (reply, token) => _handler.OnCallStartedAsync(session, reply, token));
    }

    private void StreamRequest(StreamRequestMessage request)
    {
        if (request.StreamId.IsEmpty)
        {
            LogMissingStreamId(_logger, _session?.SessionId);
            return;
        }

        // One reply at a time: a newer request makes any reply still running stale.
        foreach (var stream in _streams)
        {
            stream.Stop();
        }

        LogStreamRequest(_logger, _session?.SessionId, request.StreamId.Value, request.Transcript.Count);
        StartStream(request.StreamId, isGreeting: false, (reply, token) => _handler.OnStreamRequestAsync(_session!, request, reply, token));
    }

    private void Interrupt(MillisStreamId id)
    {
        LogInterrupt(_logger, _session?.SessionId, id.Value);
        foreach (var stream in _streams)
        {
            if (id.IsEmpty || stream.Id == id)
            {
                stream.Stop();
            }
        }
    }

    private void StartStream(MillisStreamId id, bool isGreeting, Func<MillisStreamResponder, CancellationToken, Task> run)
    {
        _streams.RemoveAll(s =>
        {
            if (!s.Completion.IsCompleted)
            {
                return false;
            }

            s.Dispose();
            return true;
        });
        var state = new StreamState(id, isGreeting, _call.Token);
        var reply = new MillisStreamResponder(state, _sender, _session!, _options);
        state.Completion = RunStreamAsync(state, reply, run);
        _streams.Add(state);
    }

    private async Task RunStreamAsync(StreamState state, MillisStreamResponder reply, Func<MillisStreamResponder, CancellationToken, Task> run)
    {
        // The handler runs beside the receive loop, never on it, so interrupts are read while it works.
        await Task.Yield();
        try
        {
            await run(reply, state.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (state.Stopped)
        {
            LogStreamStopped(_logger, _session?.SessionId, state.Id.Value);
            return;
        }
        catch (Exception e)
        {
            LogHandlerFailed(_logger, e, _session?.SessionId, state.Id.Value);
        }

        if (state.Stopped || state.Ended || (state.IsGreeting && !state.AnySent))
        {
            return;
        }

        try
        {
            await reply.EndAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or InvalidOperationException)
        {
            // Stopped, closed or ended meanwhile: there is nobody left to tell.
        }
    }

    private async Task InlineAsync(string type, Func<Task> handle)
    {
        try
        {
            await handle().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_call.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            LogInlineFailed(_logger, e, type, _session?.SessionId);
        }
    }

    private async Task CloseAsync(WebSocketCloseStatus status, string reason, Task<Received>? pendingReceive = null)
    {
        LogClosing(_logger, _session?.SessionId, status.ToString(), reason);
        // Handlers stop before the close frame, so none of them writes after it.
        _call.Cancel();
        if (!await _sender.CloseOutputAsync(status, reason, _options.CloseTimeout).ConfigureAwait(false))
        {
            _socketLifetime.Cancel();
            return;
        }

        // Wait, bounded, for the peer's close reply; whatever else it still sends is discarded.
        using var drain = new CancellationTokenSource(_options.CloseTimeout, _time);
        using var abortOnTimeout = drain.Token.Register(static s => ((CancellationTokenSource)s!).Cancel(), _socketLifetime);
        try
        {
            if (pendingReceive is not null && (await pendingReceive.ConfigureAwait(false)).Kind == ReceivedKind.Closed)
            {
                return;
            }

            await _receiver.DrainUntilCloseAsync(_socketLifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            _socket.Abort();
        }
    }

    private async Task ShutdownAsync()
    {
        _call.Cancel();
        var running = _streams.Select(s => s.Completion).ToArray();
        try
        {
            await Task.WhenAll(running).WaitAsync(_options.CloseTimeout, _time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogHandlersDidNotStop(_logger, _session?.SessionId, _options.CloseTimeout.TotalSeconds);
        }

        if (_session is not null)
        {
            await InlineAsync("call ended", () => _handler.OnCallEndedAsync(_session)).ConfigureAwait(false);
        }

        LogEnded(_logger, _session?.SessionId);
    }

    // Message types come from the peer: never log an unbounded string.
    private static string Shorten(string type) => type.Length <= 64 ? type : type[..64] + "…";

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Millis custom LLM: call {SessionId} started (agent {AgentId}).")]
    private static partial void LogStarted(ILogger logger, string? sessionId, string? agentId);

    [LoggerMessage(EventId = 41, Level = LogLevel.Debug, Message = "Millis custom LLM {SessionId}: stream_request {StreamId} with {Turns} transcript turns.")]
    private static partial void LogStreamRequest(ILogger logger, string? sessionId, string streamId, int turns);

    [LoggerMessage(EventId = 42, Level = LogLevel.Debug, Message = "Millis custom LLM {SessionId}: interrupt for stream {StreamId}.")]
    private static partial void LogInterrupt(ILogger logger, string? sessionId, string streamId);

    [LoggerMessage(EventId = 43, Level = LogLevel.Debug, Message = "Millis custom LLM {SessionId}: stream {StreamId} stopped.")]
    private static partial void LogStreamStopped(ILogger logger, string? sessionId, string streamId);

    [LoggerMessage(EventId = 44, Level = LogLevel.Error, Message = "Millis custom LLM {SessionId}: the handler of stream {StreamId} failed; the stream was ended.")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string? sessionId, string streamId);

    [LoggerMessage(EventId = 45, Level = LogLevel.Error, Message = "Millis custom LLM {SessionId}: the {Type} handler failed.")]
    private static partial void LogInlineFailed(ILogger logger, Exception exception, string type, string? sessionId);

    [LoggerMessage(EventId = 46, Level = LogLevel.Warning, Message = "Millis custom LLM {SessionId}: unknown message type '{Type}' ignored.")]
    private static partial void LogUnknownType(ILogger logger, string type, string? sessionId);

    [LoggerMessage(EventId = 47, Level = LogLevel.Warning, Message = "Millis custom LLM: '{Type}' before start_call ignored.")]
    private static partial void LogBeforeStart(ILogger logger, string type);

    [LoggerMessage(EventId = 48, Level = LogLevel.Warning, Message = "Millis custom LLM {SessionId}: a message without a string 'type' was ignored.")]
    private static partial void LogNoType(ILogger logger, string? sessionId);

    [LoggerMessage(EventId = 49, Level = LogLevel.Warning, Message = "Millis custom LLM {SessionId}: a text frame that is not JSON; closing.")]
    private static partial void LogNotJson(ILogger logger, string? sessionId);

    [LoggerMessage(EventId = 50, Level = LogLevel.Warning, Message = "Millis custom LLM: a message over {MaxBytes} bytes; closing.")]
    private static partial void LogTooBig(ILogger logger, int maxBytes);

    [LoggerMessage(EventId = 51, Level = LogLevel.Warning, Message = "Millis custom LLM: a binary frame; closing.")]
    private static partial void LogBinary(ILogger logger);

    [LoggerMessage(EventId = 52, Level = LogLevel.Warning, Message = "Millis custom LLM: no start_call within {Seconds} s; closing.")]
    private static partial void LogNoStartCall(ILogger logger, double seconds);

    [LoggerMessage(EventId = 53, Level = LogLevel.Warning, Message = "Millis custom LLM {SessionId}: a second start_call was ignored.")]
    private static partial void LogDuplicateStart(ILogger logger, string? sessionId);

    [LoggerMessage(EventId = 54, Level = LogLevel.Warning, Message = "Millis custom LLM {SessionId}: a stream_request without stream_id was ignored.")]
    private static partial void LogMissingStreamId(ILogger logger, string? sessionId);

    [LoggerMessage(EventId = 55, Level = LogLevel.Information, Message = "Millis custom LLM {SessionId}: closing ({Status}: {Reason}).")]
    private static partial void LogClosing(ILogger logger, string? sessionId, string status, string reason);

    [LoggerMessage(EventId = 56, Level = LogLevel.Information, Message = "Millis custom LLM {SessionId}: the peer closed ({Status}).")]
    private static partial void LogPeerClosed(ILogger logger, string? sessionId, string status);

    [LoggerMessage(EventId = 57, Level = LogLevel.Information, Message = "Millis custom LLM {SessionId}: the connection dropped ({Reason}).")]
    private static partial void LogDropped(ILogger logger, string? sessionId, string reason);

    [LoggerMessage(EventId = 58, Level = LogLevel.Warning, Message = "Millis custom LLM {SessionId}: handlers did not stop within {Seconds} s of the call ending.")]
    private static partial void LogHandlersDidNotStop(ILogger logger, string? sessionId, double seconds);

    [LoggerMessage(EventId = 59, Level = LogLevel.Debug, Message = "Millis custom LLM {SessionId}: connection finished.")]
    private static partial void LogEnded(ILogger logger, string? sessionId);
}
