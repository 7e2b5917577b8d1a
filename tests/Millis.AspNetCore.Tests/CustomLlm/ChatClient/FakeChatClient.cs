using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Millis.AspNetCore.Tests.CustomLlm.ChatClient;

/// <summary>Streams scripted text pieces; records what it was asked; can block until cancelled.</summary>
public sealed class FakeChatClient : IChatClient
{
    private readonly string[] _pieces;

    public FakeChatClient(params string[] pieces) => _pieces = pieces;

    public List<List<ChatMessage>> Requests { get; } = new();

    public List<ChatOptions?> Options { get; } = new();

    /// <summary>When set, the stream stops after the first piece until the request is cancelled.</summary>
    public bool HangAfterFirstPiece { get; set; }

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the bridge streams");

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Requests.Add(messages.ToList());
        Options.Add(options);
        foreach (var piece in _pieces)
        {
            yield return new ChatResponseUpdate(ChatRole.Assistant, piece);
            if (HangAfterFirstPiece)
            {
                cancellationToken.Register(() => Cancelled.TrySetResult());
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
