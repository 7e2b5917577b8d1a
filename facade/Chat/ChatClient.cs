using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Chat;

/// <summary>Chat completions from an agent, always streamed as server-sent events. Reached through <see cref="MillisClient.Chat"/>.</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/conversational-ai/chat-completions</remarks>
public class ChatClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly ConversationalAIRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected ChatClient()
    {
    }

    internal ChatClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new ConversationalAIRawClient(pipeline.HttpClient);
    }

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

        return _pipeline.ExecuteAsync<Stream>(
            MillisOperations.ChatCompletions,
            async ct => new ResponseStream(await _raw.ChatCompletionsAsync(request, ct).ConfigureAwait(false)),
            cancellationToken);
    }
}
