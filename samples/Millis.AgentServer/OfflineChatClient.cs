using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Millis.AgentServer;

/// <summary>
/// An offline stand-in for a real model (swap in any IChatClient: OpenAI, Azure OpenAI, Ollama, …). It answers from a
/// few canned lines and streams word by word, so the sentence-by-sentence frames can be seen.
/// </summary>
public sealed class OfflineChatClient : IChatClient
{
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var text = string.Concat(await GetStreamingResponseAsync(messages, options, cancellationToken).Select(u => u.Text).ToListAsync(cancellationToken));
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var word in Answer(messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "").Split(' '))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new ChatResponseUpdate(ChatRole.Assistant, word + " ");
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    private static string Answer(string question) =>
        question.Contains("hour", StringComparison.OrdinalIgnoreCase) ? "We are open from nine to five on weekdays. On weekends we are closed. Anything else?"
        : question.Contains("where", StringComparison.OrdinalIgnoreCase) ? "We are at 1 Main Street, next to the station. Can I help with anything else?"
        : "I can tell you our opening hours or where we are. What would you like to know?";
}
