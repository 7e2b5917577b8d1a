using Microsoft.Extensions.AI;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary>
/// Drives a phone agent with any <see cref="IChatClient"/>: each <c>stream_request</c>'s transcript becomes chat
/// messages (after <see cref="MillisChatClientOptions.Instructions"/>), and the streamed reply is sent as
/// <c>stream_response</c> frames, one per sentence with <c>flush</c>, the rest with <c>end_of_stream</c>. An interrupt
/// cancels the chat request. Tool calls are the client's business: wrap it with <c>UseFunctionInvocation()</c> to run them.
/// </summary>
public class MillisChatClientHandler : MillisCustomLlmHandler
{
    private readonly IChatClient _chatClient;
    private readonly MillisChatClientOptions _options;

    /// <summary>Creates a handler over <paramref name="chatClient"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chatClient"/> is null.</exception>
    public MillisChatClientHandler(IChatClient chatClient, MillisChatClientOptions? options = null)
    {
        _chatClient = chatClient ?? throw new ArgumentNullException(nameof(chatClient));
        _options = options ?? new MillisChatClientOptions();
    }

    /// <inheritdoc/>
    public override async Task OnCallStartedAsync(MillisCallSession session, MillisStreamResponder greeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(greeting);
        if (!string.IsNullOrEmpty(_options.Greeting))
        {
            await greeting.EndAsync(_options.Greeting, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public override async Task OnStreamRequestAsync(MillisCallSession session, StreamRequestMessage request, MillisStreamResponder reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reply);
        var messages = BuildMessages(session, request);
        var splitter = new SentenceSplitter();
        var updates = _chatClient.GetStreamingResponseAsync(messages, _options.ChatOptions?.Clone(), cancellationToken);
        await foreach (var update in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var sentence in splitter.Add(update.Text))
            {
                await reply.SendAsync(sentence, flush: true, cancellationToken).ConfigureAwait(false);
            }
        }

        await reply.EndAsync(splitter.TakeRest(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The messages sent for a request: the instructions, then the transcript. Override to add context (e.g. from the session's metadata).</summary>
    protected virtual IList<ChatMessage> BuildMessages(MillisCallSession session, StreamRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return TranscriptConversion.ToChatMessages(request.Transcript, _options.Instructions);
    }
}
