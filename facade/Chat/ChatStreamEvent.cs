namespace Millis.Chat;

/// <summary>
/// One event of a chat stream from <see cref="ChatClient.StreamAsync"/>: <see cref="ChatTextDelta"/>,
/// <see cref="ChatToolCallDelta"/>, <see cref="ChatFinish"/>, <see cref="ChatUsage"/> (only when asked for with
/// <see cref="ChatRequest.IncludeUsageEvents"/>), <see cref="ChatDone"/> or <see cref="ChatUnknownEvent"/>. Match on the
/// type; new kinds may be added, so keep a default branch.
/// </summary>
/// <remarks>
/// One server-sent event can yield several of these: a chunk with text, tool-call fragments and a finish reason yields
/// them in that order (then its <see cref="ChatUsage"/>, when asked for). Chunks that carry nothing (an empty or
/// role-only delta, a usage-only chunk unless usage events were asked for) yield none.
/// </remarks>
/// <example><code>
/// await foreach (var e in client.Chat.StreamAsync(request))
/// {
///     switch (e)
///     {
///         case ChatTextDelta t: Console.Write(t.Text); break;
///         case ChatFinish f: Console.WriteLine($" ({f.Reason})"); break;
///     }
/// }
/// </code></example>
public abstract record ChatStreamEvent
{
    private protected ChatStreamEvent()
    {
    }
}

/// <summary>A piece of the assistant's answer (<c>choices[].delta.content</c>).</summary>
/// <param name="Text">The new text; never empty.</param>
/// <param name="ChoiceIndex">The choice it belongs to (<c>choices[].index</c>, else its position); 0 unless the server sends several choices.</param>
public sealed record ChatTextDelta(string Text, int ChoiceIndex = 0) : ChatStreamEvent;

/// <summary>
/// A fragment of a tool call the assistant makes (OpenAI-style <c>choices[].delta.tool_calls[]</c>). Fragments with the
/// same <see cref="Index"/> belong to one call: the first usually carries <see cref="Id"/> and <see cref="Name"/>, and the
/// <see cref="ArgumentsDelta"/> pieces concatenate to the JSON arguments. <see cref="ChatClient.CompleteAsync"/> joins them.
/// </summary>
/// <remarks>The Millis docs do not say whether the stream ever carries tool calls (agents run their webhook tools server-side).</remarks>
/// <param name="Index">Which call of the message this fragment belongs to (<c>tool_calls[].index</c>, else its position).</param>
/// <param name="Id">The call id, when this fragment carries it.</param>
/// <param name="Name">The function name, when this fragment carries it.</param>
/// <param name="ArgumentsDelta">The next piece of the JSON arguments, when this fragment carries one.</param>
/// <param name="ChoiceIndex">The choice it belongs to; 0 unless the server sends several choices.</param>
public sealed record ChatToolCallDelta(int Index, string? Id, string? Name, string? ArgumentsDelta, int ChoiceIndex = 0) : ChatStreamEvent;

/// <summary>The server said why the answer ended (<c>choices[].finish_reason</c>, e.g. <c>stop</c> or <c>tool_calls</c>).</summary>
/// <param name="Reason">The finish reason as sent.</param>
/// <param name="ChoiceIndex">The choice that finished; 0 unless the server sends several choices.</param>
public sealed record ChatFinish(string Reason, int ChoiceIndex = 0) : ChatStreamEvent;

/// <summary>
/// Token counts the chunk carried (OpenAI-style <c>usage</c>: <c>prompt_tokens</c>, <c>completion_tokens</c>,
/// <c>total_tokens</c>). Yielded only when <see cref="ChatRequest.IncludeUsageEvents"/> is set; the Millis docs do not say
/// whether the stream carries usage. A count that is missing or not an integer is null.
/// </summary>
/// <param name="PromptTokens">Tokens of the input (<c>usage.prompt_tokens</c>).</param>
/// <param name="CompletionTokens">Tokens of the answer (<c>usage.completion_tokens</c>).</param>
/// <param name="TotalTokens">Both (<c>usage.total_tokens</c>).</param>
public sealed record ChatUsage(long? PromptTokens, long? CompletionTokens, long? TotalTokens) : ChatStreamEvent;

/// <summary>
/// The server sent <c>data: [DONE]</c>. It is the last event: the enumeration ends after it and the connection is closed.
/// The API does not promise it, so a stream may also end without it.
/// </summary>
public sealed record ChatDone : ChatStreamEvent
{
    /// <summary>The one instance.</summary>
    public static ChatDone Instance { get; } = new();
}

/// <summary>
/// An event this SDK does not understand, passed through instead of failing: an event with an <c>event:</c> name other
/// than <c>message</c>, or valid JSON that is not a chat-completion chunk (e.g. <c>{"error": ...}</c>, or a field of an
/// unexpected type). The stream goes on after it.
/// </summary>
/// <param name="EventType">The <c>event:</c> name (<c>message</c> when the server sent none).</param>
/// <param name="Data">The <c>data</c> field as received (multi-line data joined with <c>\n</c>).</param>
/// <param name="EventId">The <c>id:</c> field, if the event had one.</param>
public sealed record ChatUnknownEvent(string EventType, string Data, string? EventId = null) : ChatStreamEvent;
