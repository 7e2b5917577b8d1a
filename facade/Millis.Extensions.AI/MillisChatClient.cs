using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Millis.Chat;
using Millis.Models;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Millis.Extensions.AI;

/// <summary>
/// A Millis agent as an <see cref="IChatClient"/>: each call is one <c>client.Chat.StreamAsync</c> stream (see
/// <see cref="MillisChatClientExtensions"/> for the mapping).
/// </summary>
internal sealed class MillisChatClient : IChatClient
{
    private readonly Millis.Chat.ChatClient _chat;
    private readonly MillisClient? _client;
    private readonly string? _agentId;
    private readonly PartialAgentConfig? _agentConfig;
    private readonly ChatClientMetadata _metadata;

    public MillisChatClient(Millis.Chat.ChatClient chat, MillisClient? client, string? agentId, PartialAgentConfig? agentConfig)
    {
        _chat = chat;
        _client = client;
        _agentId = agentId;
        _agentConfig = agentConfig;
        _metadata = new ChatClientMetadata(MillisChatClientExtensions.ProviderName, client?.Options.EffectiveBaseUrl, agentConfig?.Llm?.Model.ToString());
    }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        await GetStreamingResponseAsync(messages, options, cancellationToken).ToChatResponseAsync(cancellationToken).ConfigureAwait(false);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<AIChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ChatRequestMapping.Create(messages, options, _agentId, _agentConfig, this);
        return StreamAsync(request, options?.ModelId, cancellationToken);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        if (serviceType is null)
        {
            throw new ArgumentNullException(nameof(serviceType));
        }

        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : _client is not null && serviceType.IsInstanceOfType(_client) ? _client
            : serviceType.IsInstanceOfType(_chat) ? _chat
            : null;
    }

    /// <summary>Does nothing: the adapter does not own the <see cref="MillisClient"/>.</summary>
    public void Dispose()
    {
    }

    private async IAsyncEnumerable<ChatResponseUpdate> StreamAsync(ChatRequest request, string? modelId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var responseId = "millis-" + Guid.NewGuid().ToString("N");
        var calls = new SortedDictionary<int, PendingCall>();

        ChatResponseUpdate Update(IList<AIContent> contents, ChatStreamEvent? raw) => new(ChatRole.Assistant, contents)
        {
            ResponseId = responseId,
            MessageId = responseId,
            ModelId = modelId,
            RawRepresentation = raw,
        };

        // Breaking out of the caller's loop disposes this iterator, which disposes the stream's: the connection closes.
        await foreach (var streamEvent in _chat.StreamAsync(request, cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (streamEvent)
            {
                case ChatTextDelta { ChoiceIndex: 0 } text:
                    yield return Update([new TextContent(text.Text) { RawRepresentation = text }], text);
                    break;
                case ChatToolCallDelta { ChoiceIndex: 0 } delta:
                    if (!calls.TryGetValue(delta.Index, out var call))
                    {
                        calls[delta.Index] = call = new PendingCall();
                    }

                    call.Add(delta);
                    break;
                case ChatFinish { ChoiceIndex: 0 } finish:
                    var finished = Update(TakeCalls(calls), finish);
                    finished.FinishReason = FinishReason(finish.Reason);
                    yield return finished;
                    break;
                case ChatUsage usage:
                    var details = new UsageDetails { InputTokenCount = usage.PromptTokens, OutputTokenCount = usage.CompletionTokens, TotalTokenCount = usage.TotalTokens };
                    yield return Update([new UsageContent(details) { RawRepresentation = usage }], usage);
                    break;
                case ChatUnknownEvent unknown:
                    yield return Update([], unknown);
                    break;
                case ChatDone done when calls.Count > 0:
                    yield return Update(TakeCalls(calls), done);
                    break;
            }
        }

        if (calls.Count > 0)
        {
            // The stream ended without a finish reason or [DONE]: the calls are as complete as they will get.
            yield return Update(TakeCalls(calls), null);
        }
    }

    private static List<AIContent> TakeCalls(SortedDictionary<int, PendingCall> calls)
    {
        var contents = new List<AIContent>(calls.Count);
        foreach (var entry in calls)
        {
            contents.Add(MillisChatMessageConversion.ToFunctionCall(entry.Value.ToToolCall(entry.Key)));
        }

        calls.Clear();
        return contents;
    }

    /// <summary>The API's finish reason as the Microsoft.Extensions.AI value (others are kept as they are).</summary>
    internal static ChatFinishReason FinishReason(string reason) => reason switch
    {
        "stop" => ChatFinishReason.Stop,
        "length" => ChatFinishReason.Length,
        "tool_calls" or "function_call" => ChatFinishReason.ToolCalls,
        "content_filter" => ChatFinishReason.ContentFilter,
        _ => new ChatFinishReason(reason),
    };

    /// <summary>The fragments of one tool call so far: the first id and name seen, the argument pieces joined.</summary>
    private sealed class PendingCall
    {
        private readonly System.Text.StringBuilder _arguments = new();
        private string? _id;
        private string? _name;

        public void Add(ChatToolCallDelta delta)
        {
            _id = string.IsNullOrEmpty(_id) ? delta.Id : _id;
            _name = string.IsNullOrEmpty(_name) ? delta.Name : _name;
            _arguments.Append(delta.ArgumentsDelta);
        }

        public ToolCall ToToolCall(int index) => new()
        {
            // A call id is what ties a result to its call; the API should send one, else the index stands in.
            Id = string.IsNullOrEmpty(_id) ? $"call_{index}" : _id!,
            Type = "function",
            Function = new ToolCallFunction { Name = _name ?? string.Empty, Arguments = _arguments.ToString() },
        };
    }
}
