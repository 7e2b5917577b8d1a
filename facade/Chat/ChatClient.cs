using System.Runtime.CompilerServices;
using System.Text;
using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Chat;

// Chat completions are always streamed as server-sent events (API reference: https://docs.millis.ai/api-reference/conversational-ai/chat-completions).
public partial class ChatClient
{
    /// <summary>
    /// Sends a chat request (<c>POST /chat/completions</c>) and returns the <c>text/event-stream</c> body as it arrives,
    /// unparsed. Dispose the stream to close the connection.
    /// </summary>
    /// <remarks>
    /// Retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>. A success whose
    /// <c>Content-Type</c> is not <c>text/event-stream</c> is refused with <see cref="MillisStreamContentTypeException"/>
    /// (its first 2,000 characters read within <see cref="MillisClientOptions.StreamFirstEventTimeout"/>).
    /// </remarks>
    /// <exception cref="ArgumentException">The request has no agent or no messages.</exception>
    /// <exception cref="MillisStreamContentTypeException">The server answered with a success status but not with an event stream.</exception>
    public virtual Task<Stream> OpenStreamAsync(ChatCompletionData request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.NotNull(request.Agent, "request.Agent");
        if (request.Messages is null || request.Messages.Count == 0)
        {
            throw new ArgumentException("request.Messages must contain at least one message.", nameof(request));
        }

        return EnsureEventStreamAsync(OpenCoreAsync(request, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Streams an agent's answer (<c>POST /chat/completions</c>) as typed events, each yielded as soon as its bytes
    /// arrive: <see cref="ChatTextDelta"/>, <see cref="ChatToolCallDelta"/>, <see cref="ChatFinish"/>,
    /// <see cref="ChatDone"/>, <see cref="ChatUnknownEvent"/> and, when <see cref="ChatRequest.IncludeUsageEvents"/> is set,
    /// <see cref="ChatUsage"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The request is validated and copied when this method is called, but nothing is sent until the enumeration
    /// starts; each enumeration sends the request again. Breaking out of <c>await foreach</c>, disposing the enumerator,
    /// or cancelling <paramref name="cancellationToken"/> closes the connection at once, so the server stops generating.
    /// </para>
    /// <para>
    /// The stream ends normally when the body ends or after <c>data: [DONE]</c> (the API does not promise the
    /// sentinel); an event cut off by the end of the body (no terminating blank line) is dropped, as the SSE standard
    /// says. A read that fails mid-body (the connection dropped) raises <see cref="MillisStreamException"/> with
    /// <see cref="MillisStreamException.EndedEarly"/> set. Unknown event names and JSON of an unknown shape arrive as
    /// <see cref="ChatUnknownEvent"/>; they never end the stream. Data that is not JSON raises
    /// <see cref="MillisStreamException"/> carrying it (see that type for why); so does data that is not valid UTF-8
    /// (never replaced with U+FFFD: that would change the agent's words). A success that is not <c>text/event-stream</c>
    /// raises <see cref="MillisStreamContentTypeException"/> instead of yielding nothing.
    /// </para>
    /// <para>
    /// The stream cannot hang: the per-attempt <see cref="MillisClientOptions.Timeout"/> and retries apply until the
    /// response headers arrive; after that the first event must come within
    /// <see cref="MillisClientOptions.StreamFirstEventTimeout"/> (default 30 s) and each next one within
    /// <see cref="MillisClientOptions.StreamIdleTimeout"/> (default 15 s), or the connection is closed and
    /// <see cref="MillisStreamTimeoutException"/> says which limit fired. The clock runs only while the SDK waits for the
    /// network, not while your loop body runs. <paramref name="cancellationToken"/> can end it sooner.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The request has no agent or no messages (thrown by this call).</exception>
    /// <exception cref="MillisApiException">The server answered with an error status before the stream started.</exception>
    /// <exception cref="MillisStreamException">An event's data was not JSON or not UTF-8, or the connection dropped mid-stream.</exception>
    /// <exception cref="MillisStreamTimeoutException">No event came within <see cref="MillisClientOptions.StreamFirstEventTimeout"/> or <see cref="MillisClientOptions.StreamIdleTimeout"/>.</exception>
    /// <exception cref="MillisStreamContentTypeException">The server answered 200 with something other than an event stream.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example><code>
    /// await foreach (var e in client.Chat.StreamAsync(ChatRequest.ForAgent(agentId).AddUser("Hi!")))
    /// {
    ///     if (e is ChatTextDelta delta) Console.Write(delta.Text);
    /// }
    /// </code></example>
    public virtual IAsyncEnumerable<ChatStreamEvent> StreamAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var data = Guard.NotNull(request, nameof(request)).ToCompletionData();
        return StreamCoreAsync(data, request.IncludeUsageEvents, cancellationToken);
    }

    /// <summary>
    /// Streams only the text of an agent's answer (the <see cref="ChatTextDelta"/>s of choice 0), each piece as soon
    /// as it arrives. Same behaviour as <see cref="StreamAsync"/> otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The request has no agent or no messages (thrown by this call).</exception>
    /// <exception cref="MillisApiException">The server answered with an error status before the stream started.</exception>
    /// <exception cref="MillisStreamException">An event's data was not JSON or not UTF-8, the connection dropped mid-stream, or a stream limit passed (<see cref="MillisStreamTimeoutException"/>).</exception>
    /// <example><code>
    /// await foreach (var text in client.Chat.StreamTextAsync(ChatRequest.ForAgent(agentId).AddUser("Hi!")))
    ///     Console.Write(text);
    /// </code></example>
    public virtual IAsyncEnumerable<string> StreamTextAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var events = StreamAsync(request, cancellationToken);
        return TextOfAsync(events, cancellationToken);
    }

    /// <summary>
    /// Streams an agent's whole answer and returns it joined: text, tool calls and finish reason (choice 0).
    /// </summary>
    /// <remarks>
    /// Always returns or throws, even without a token: a server that stops sending fails it with
    /// <see cref="MillisStreamTimeoutException"/> (see <see cref="StreamAsync"/> for the limits).
    /// </remarks>
    /// <exception cref="ArgumentException">The request has no agent or no messages.</exception>
    /// <exception cref="MillisApiException">The server answered with an error status.</exception>
    /// <exception cref="MillisStreamException">An event's data was not JSON or not UTF-8, the connection dropped mid-stream, a stream limit passed (<see cref="MillisStreamTimeoutException"/>), or the answer was not an event stream (<see cref="MillisStreamContentTypeException"/>).</exception>
    public virtual async Task<ChatCompletion> CompleteAsync(ChatRequest request, CancellationToken cancellationToken = default)
    {
        var events = StreamAsync(request, cancellationToken);
        var accumulator = new ChatCompletion.Accumulator();
        await foreach (var streamEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(streamEvent);
        }

        return accumulator.Build();
    }

    private async Task<Stream> OpenCoreAsync(ChatCompletionData request, CancellationToken cancellationToken) =>
        new ResponseStream(await CompletionsCoreAsync(request: request, cancellationToken: cancellationToken).ConfigureAwait(false));

    private static async IAsyncEnumerable<string> TextOfAsync(IAsyncEnumerable<ChatStreamEvent> events, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var streamEvent in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (streamEvent is ChatTextDelta { ChoiceIndex: 0 } delta)
            {
                yield return delta.Text;
            }
        }
    }

    private async IAsyncEnumerable<ChatStreamEvent> StreamCoreAsync(ChatCompletionData data, bool includeUsage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = await OpenStreamAsync(data, cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var streamEvent in ChatStreamReader.ReadAsync(body, StreamLimits.From(_pipeline?.Options), includeUsage, cancellationToken).ConfigureAwait(false))
            {
                yield return streamEvent;
            }
        }
        finally
        {
            // Closes the connection (ResponseStream aborts an unfinished body instead of draining it).
            body.Dispose();
        }
    }

    /// <summary>
    /// Lets an event stream through; any other success is read for an excerpt (at most 2,000 characters, within the
    /// first-event limit), closed, and refused with <see cref="MillisStreamContentTypeException"/>.
    /// </summary>
    private async Task<Stream> EnsureEventStreamAsync(Task<Stream> opening, CancellationToken cancellationToken)
    {
        var body = await opening.ConfigureAwait(false);
        if (body is not ResponseStream response || response.IsEventStream)
        {
            return body;
        }

        string excerpt;
        try
        {
            excerpt = await ReadExcerptAsync(response, _pipeline.Options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            response.Dispose();
        }

        throw new MillisStreamContentTypeException(response.StatusCode, response.ContentType, ErrorTranslation.Redact(excerpt, _pipeline.Options.ApiKey), response.RequestId);
    }

    private static async Task<string> ReadExcerptAsync(Stream body, MillisClientOptions options, CancellationToken cancellationToken)
    {
        // 4 bytes per character at most, plus one to tell whether more followed.
        var buffer = new byte[(MillisStreamContentTypeException.MaxExcerptLength * 4) + 1];
        var length = 0;
        using var timed = CancelAfter(options.TimeProvider, options.StreamFirstEventTimeout);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timed.Token);
        try
        {
            int read;
            while (length < buffer.Length && (read = await body.ReadAsync(buffer, length, buffer.Length - length, limit.Token).ConfigureAwait(false)) > 0)
            {
                length += read;
            }
        }
        catch (Exception ex) when ((ex is OperationCanceledException || ex is IOException || ex is System.Net.Http.HttpRequestException) && !cancellationToken.IsCancellationRequested)
        {
            // The body stalled or dropped: the excerpt is what arrived.
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length);
        if (text.Length <= MillisStreamContentTypeException.MaxExcerptLength && length < buffer.Length)
        {
            return text;
        }

        var cut = MillisStreamContentTypeException.MaxExcerptLength;
        if (cut < text.Length && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return text.Substring(0, Math.Min(cut, text.Length)) + "…";
    }

    /// <summary>A source that cancels itself after <paramref name="delay"/> on the options' clock (a FakeTimeProvider in tests); never when infinite.</summary>
    private static CancellationTokenSource CancelAfter(TimeProvider time, TimeSpan delay) =>
        delay == Timeout.InfiniteTimeSpan ? new CancellationTokenSource()
#if NET8_0_OR_GREATER
        : new CancellationTokenSource(delay, time);
#else
        : time.CreateCancellationTokenSource(delay);
#endif
}
