using Microsoft.Extensions.AI;
using Millis.Models;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MillisChatMessage = Millis.Models.ChatMessage;

namespace Millis.Extensions.AI;

/// <summary>
/// Converts chat histories between Microsoft.Extensions.AI messages and the Millis API's user, assistant (with tool
/// calls) and tool messages, both ways.
/// </summary>
public static class MillisChatMessageConversion
{
    /// <summary>
    /// The messages as the Millis API takes them: <see cref="ChatRole.User"/> text becomes a user message;
    /// <see cref="ChatRole.Assistant"/> text and <see cref="FunctionCallContent"/>s become one assistant message with
    /// <c>tool_calls</c> (arguments as JSON; the exact text when the call came from this SDK); each
    /// <see cref="FunctionResultContent"/> becomes a tool message (<c>tool_call_id</c>, the result as text or JSON).
    /// </summary>
    /// <remarks>
    /// <see cref="UsageContent"/> and <see cref="TextReasoningContent"/> carry nothing the API keeps and are left out;
    /// <c>AuthorName</c> and per-message properties have no place in the API and are not sent.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null or holds a null.</exception>
    /// <exception cref="NotSupportedException">
    /// A message has a role the API has no place for (<see cref="ChatRole.System"/>: use <c>ChatOptions.Instructions</c>
    /// or the agent's prompt) or content it cannot carry (images, files, ...); the message names the index and the type.
    /// </exception>
    public static IList<MillisChatMessage> ToMillisMessages(this IEnumerable<AIChatMessage> messages)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var result = new List<MillisChatMessage>();
        var index = 0;
        foreach (var message in messages)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(messages), $"messages[{index}] is null.");
            }

            Add(result, message, index++);
        }

        return result;
    }

    /// <summary>
    /// The Millis messages as Microsoft.Extensions.AI messages: user text, assistant text with a
    /// <see cref="FunctionCallContent"/> per tool call (arguments parsed from JSON; <c>RawRepresentation</c> is the
    /// <see cref="ToolCall"/>), and tool results as <see cref="FunctionResultContent"/>. Each message's
    /// <c>RawRepresentation</c> is the Millis message.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null or holds a null.</exception>
    /// <exception cref="NotSupportedException">A message has a form this SDK version does not know (<see cref="JsonUnion.IsUnknown"/>).</exception>
    public static IList<AIChatMessage> ToAIChatMessages(this IEnumerable<MillisChatMessage> messages)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        var result = new List<AIChatMessage>();
        var index = 0;
        foreach (var message in messages)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(messages), $"messages[{index}] is null.");
            }

            result.Add(ToAI(message, index++));
        }

        return result;
    }

    /// <summary>A tool call as a <see cref="FunctionCallContent"/> (its arguments parsed; a parse error lands in <see cref="FunctionCallContent.Exception"/>).</summary>
    internal static FunctionCallContent ToFunctionCall(ToolCall call)
    {
        var arguments = call.Function?.Arguments ?? string.Empty;
        var content = FunctionCallContent.CreateFromParsedArguments(arguments, call.Id ?? string.Empty, call.Function?.Name ?? string.Empty, Json.ParseArguments);
        content.RawRepresentation = call;
        return content;
    }

    private static void Add(List<MillisChatMessage> result, AIChatMessage message, int index)
    {
        var role = message.Role;
        if (role != ChatRole.User && role != ChatRole.Assistant && role != ChatRole.Tool)
        {
            throw new NotSupportedException(role == ChatRole.System
                ? $"messages[{index}] has the role 'system', which the Millis chat API does not have (its history holds user, assistant and tool messages). Pass instructions as ChatOptions.Instructions (the adapter sends them as the agent's prompt) or set the agent's prompt."
                : $"messages[{index}] has the role '{role.Value}'; the Millis chat API takes only user, assistant and tool messages.");
        }

        var text = new System.Text.StringBuilder();
        var calls = new List<ToolCall>();
        foreach (var content in message.Contents)
        {
            switch (content)
            {
                case TextContent t:
                    text.Append(t.Text);
                    break;
                case FunctionCallContent call when role == ChatRole.Assistant:
                    calls.Add(call.RawRepresentation is ToolCall raw && raw.Id == call.CallId
                        ? raw
                        : new ToolCall
                        {
                            Id = call.CallId,
                            Type = "function",
                            Function = new ToolCallFunction { Name = call.Name, Arguments = Json.SerializeArguments(call.Arguments) },
                        });
                    break;
                case FunctionCallContent:
                    throw new NotSupportedException($"messages[{index}] ({role.Value}) holds a function call; only assistant messages can carry tool calls.");
                case FunctionResultContent functionResult:
                    result.Add(MillisChatMessage.CreateTool(functionResult.CallId, Json.ResultText(functionResult.Result)));
                    break;
                case UsageContent or TextReasoningContent:
                    break;
                default:
                    throw new NotSupportedException($"messages[{index}] ({role.Value}) holds {content.GetType().Name}, which the Millis chat API cannot carry: it takes text, tool calls and tool results only.");
            }
        }

        if (role == ChatRole.Assistant)
        {
            result.Add(MillisChatMessage.CreateAssistant(text.ToString(), calls.Count == 0 ? null : calls));
        }
        else if (role == ChatRole.User)
        {
            result.Add(MillisChatMessage.CreateUser(text.ToString()));
        }
        else if (text.Length > 0)
        {
            throw new NotSupportedException($"messages[{index}] (tool) holds text without a call id; put each tool result in a FunctionResultContent with the CallId it answers.");
        }
    }

    private static AIChatMessage ToAI(MillisChatMessage message, int index)
    {
        if (message.User is { } user)
        {
            return new AIChatMessage(ChatRole.User, user.Content) { RawRepresentation = message };
        }

        if (message.Assistant is { } assistant)
        {
            var contents = new List<AIContent>();
            if (!string.IsNullOrEmpty(assistant.Content))
            {
                contents.Add(new TextContent(assistant.Content));
            }

            foreach (var call in assistant.ToolCalls ?? [])
            {
                contents.Add(ToFunctionCall(call));
            }

            return new AIChatMessage(ChatRole.Assistant, contents) { RawRepresentation = message };
        }

        if (message.Tool is { } tool)
        {
            return new AIChatMessage(ChatRole.Tool, [new FunctionResultContent(tool.ToolCallId, tool.Content)]) { RawRepresentation = message };
        }

        throw new NotSupportedException($"messages[{index}] has a form this SDK version does not know ({(message.IsUnknown ? "see ChatMessage.UnknownJson" : "no role")}); it cannot be converted.");
    }
}
