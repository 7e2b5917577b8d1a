using System.Runtime.CompilerServices;
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
    /// <remarks>Retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException">The request has no agent or no messages.</exception>
    public virtual Task<Stream> OpenStreamAsync(ChatCompletionData request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.NotNull(request.Agent, "request.Agent");
        if (request.Messages is null || request.Messages.Count == 0)
        {
            throw new ArgumentException("request.Messages must contain at least one message.", nameof(request));
        }

        return OpenCoreAsync(request, cancellationToken);
    }

    /// <summary>
    /// Streams an agent's answer (<c>POST /chat/completions</c>) as typed events, each yielded as soon as its bytes
    /// arrive: <see cref="ChatTextDelta"/>, <see cref="ChatToolCallDelta"/>, <see cref="ChatFinish"/>,
    /// <see cref="ChatDone"/> and <see cref="ChatUnknownEvent"/>.
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
    /// <see cref="MillisStreamException"/> carrying it (see that type for why). The per-attempt timeout and retries apply until the response headers arrive; after that only
    /// <paramref name="cancellationToken"/> bounds the stream.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The request has no agent or no messages (thrown by this call).</exception>
    /// <exception cref="MillisApiException">The server answered with an error status before the stream started.</exception>
    /// <exception cref="MillisStreamException">An event's data was not JSON, or the connection dropped mid-stream.</exception>
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
        return StreamCoreAsync(data, cancellationToken);
    }

    /// <summary>
    /// Streams only the text of an agent's answer (the <see cref="ChatTextDelta"/>s of choice 0), each piece as soon
    /// as it arrives. Same behaviour as <see cref="StreamAsync"/> otherwise.
    /// </summary>
    /// <exception cref="ArgumentException">The request has no agent or no messages (thrown by this call).</exception>
    /// <exception cref="MillisApiException">The server answered with an error status before the stream started.</exception>
    /// <exception cref="MillisStreamException">An event's data was not JSON, or the connection dropped mid-stream.</exception>
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
    /// <exception cref="ArgumentException">The request has no agent or no messages.</exception>
    /// <exception cref="MillisApiException">The server answered with an error status.</exception>
    /// <exception cref="MillisStreamException">An event's data was not JSON, or the connection dropped mid-stream.</exception>
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

    private async IAsyncEnumerable<ChatStreamEvent> StreamCoreAsync(ChatCompletionData data, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var body = await OpenStreamAsync(data, cancellationToken).ConfigureAwait(false);
        try
        {
            await foreach (var streamEvent in ChatStreamReader.ReadAsync(body, cancellationToken).ConfigureAwait(false))
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
}
