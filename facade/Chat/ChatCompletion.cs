using Millis.Models;

namespace Millis.Chat;

/// <summary>
/// A whole answer from <see cref="ChatClient.CompleteAsync"/>: the text deltas and tool-call fragments of choice 0,
/// joined. Pass <see cref="Text"/> and <see cref="ToolCalls"/> to <see cref="ChatRequest.AddAssistant"/> to continue
/// the conversation.
/// </summary>
public sealed class ChatCompletion
{
    /// <summary>Creates a completion.</summary>
    /// <param name="text">The answer text.</param>
    /// <param name="toolCalls">The tool calls the assistant made, in index order.</param>
    /// <param name="finishReason">The finish reason, if the server sent one.</param>
    /// <param name="receivedDone">Whether the stream ended with <c>[DONE]</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="toolCalls"/> is null.</exception>
    public ChatCompletion(string text, IReadOnlyList<ToolCall> toolCalls, string? finishReason = null, bool receivedDone = false)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        ToolCalls = toolCalls ?? throw new ArgumentNullException(nameof(toolCalls));
        FinishReason = finishReason;
        ReceivedDone = receivedDone;
    }

    /// <summary>The answer text: every <see cref="ChatTextDelta"/> of choice 0, concatenated. Empty when the answer had none.</summary>
    public string Text { get; }

    /// <summary>
    /// The tool calls of choice 0, in index order: each joins the <see cref="ChatToolCallDelta"/> fragments of one index
    /// (the first id and name seen, all argument pieces concatenated; <c>type</c> is <c>function</c>). Empty when none.
    /// </summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; }

    /// <summary>The last finish reason of choice 0, if the server sent one.</summary>
    public string? FinishReason { get; }

    /// <summary>True when the stream ended with <c>[DONE]</c>; false when the body simply ended (also a normal end).</summary>
    public bool ReceivedDone { get; }

    /// <inheritdoc/>
    public override string ToString() => ToolCalls.Count == 0 ? Text : $"{Text} [{ToolCalls.Count} tool call(s)]";

    /// <summary>Joins the events of a stream.</summary>
    internal sealed class Accumulator
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly SortedDictionary<int, (string? Id, string? Name, System.Text.StringBuilder Arguments)> _calls = new();
        private string? _finishReason;
        private bool _done;

        public void Add(ChatStreamEvent streamEvent)
        {
            switch (streamEvent)
            {
                case ChatTextDelta { ChoiceIndex: 0 } text:
                    _text.Append(text.Text);
                    break;
                case ChatToolCallDelta { ChoiceIndex: 0 } call:
                    if (!_calls.TryGetValue(call.Index, out var entry))
                    {
                        entry = (null, null, new System.Text.StringBuilder());
                    }

                    entry.Arguments.Append(call.ArgumentsDelta);
                    _calls[call.Index] = (
                        string.IsNullOrEmpty(entry.Id) ? call.Id : entry.Id,
                        string.IsNullOrEmpty(entry.Name) ? call.Name : entry.Name,
                        entry.Arguments);
                    break;
                case ChatFinish { ChoiceIndex: 0 } finish:
                    _finishReason = finish.Reason;
                    break;
                case ChatDone:
                    _done = true;
                    break;
            }
        }

        public ChatCompletion Build() => new(
            _text.ToString(),
            _calls.Values
                .Select(c => new ToolCall
                {
                    Id = c.Id ?? string.Empty,
                    Type = "function",
                    Function = new ToolCallFunction { Name = c.Name ?? string.Empty, Arguments = c.Arguments.ToString() },
                })
                .ToList(),
            _finishReason,
            _done);
    }
}
