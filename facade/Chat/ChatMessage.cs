using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// One message of a chat history, discriminated by <c>role</c>: <c>user</c> (<see cref="UserMessage"/>),
/// <c>assistant</c> (<see cref="AssistantMessage"/>, optionally with tool calls) or <c>tool</c> (<see cref="ToolMessage"/>).
/// </summary>
/// <example><code>ChatMessage.CreateUser("What are your opening hours?")</code></example>
[JsonConverter(typeof(ChatMessageJsonConverter))]
public sealed class ChatMessage : JsonUnion
{
    private readonly object? _value;

    /// <summary>Wraps a user message.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="user"/> is null.</exception>
    public ChatMessage(UserMessage user) => _value = user ?? throw new ArgumentNullException(nameof(user));

    /// <summary>Wraps an assistant message.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="assistant"/> is null.</exception>
    public ChatMessage(AssistantMessage assistant) => _value = assistant ?? throw new ArgumentNullException(nameof(assistant));

    /// <summary>Wraps a tool-result message.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> is null.</exception>
    public ChatMessage(ToolMessage tool) => _value = tool ?? throw new ArgumentNullException(nameof(tool));

    private ChatMessage(JToken unknown, string reason)
        : base(unknown, reason)
    {
    }

    /// <summary>Creates a message from the user.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static ChatMessage CreateUser(string content) =>
        new(new UserMessage { Content = content ?? throw new ArgumentNullException(nameof(content)) });

    /// <summary>Creates a message the assistant said earlier, with the tool calls it made, if any.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static ChatMessage CreateAssistant(string content, IEnumerable<ToolCall>? toolCalls = null) =>
        new(new AssistantMessage { Content = content ?? throw new ArgumentNullException(nameof(content)), ToolCalls = toolCalls?.ToList() });

    /// <summary>Creates the result of a tool call, answering the assistant's call <paramref name="toolCallId"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ChatMessage CreateTool(string toolCallId, string content) =>
        new(new ToolMessage
        {
            ToolCallId = toolCallId ?? throw new ArgumentNullException(nameof(toolCallId)),
            Content = content ?? throw new ArgumentNullException(nameof(content)),
        });

    /// <summary>The role as sent on the wire (<c>user</c>, <c>assistant</c>, <c>tool</c>); null for an unknown form.</summary>
    public string? Role => _value switch
    {
        UserMessage m => m.Role,
        AssistantMessage m => m.Role,
        ToolMessage m => m.Role,
        _ => null,
    };

    /// <summary>The message text, whatever the role; null for an unknown form.</summary>
    public string? Content => _value switch
    {
        UserMessage m => m.Content,
        AssistantMessage m => m.Content,
        ToolMessage m => m.Content,
        _ => null,
    };

    /// <summary>The user message, or null.</summary>
    public UserMessage? User => _value as UserMessage;

    /// <summary>The assistant message, or null.</summary>
    public AssistantMessage? Assistant => _value as AssistantMessage;

    /// <summary>The tool-result message, or null.</summary>
    public ToolMessage? Tool => _value as ToolMessage;

    /// <summary>Wraps a user message.</summary>
    public static implicit operator ChatMessage(UserMessage message) => new(message);

    /// <summary>Wraps an assistant message.</summary>
    public static implicit operator ChatMessage(AssistantMessage message) => new(message);

    /// <summary>Wraps a tool-result message.</summary>
    public static implicit operator ChatMessage(ToolMessage message) => new(message);

    /// <summary>Maps the message to a value by role.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public TResult Match<TResult>(Func<UserMessage, TResult> user, Func<AssistantMessage, TResult> assistant, Func<ToolMessage, TResult> tool, Func<string, TResult>? unknown = null) =>
        _value switch
        {
            UserMessage m => user(m),
            AssistantMessage m => assistant(m),
            ToolMessage m => tool(m),
            _ => unknown is not null ? unknown(UnknownJson!) : throw UnknownFormError(),
        };

    /// <summary>Runs the action for the message's role.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public void Switch(Action<UserMessage> user, Action<AssistantMessage> assistant, Action<ToolMessage> tool, Action<string>? unknown = null) =>
        Match<object?>(m => { user(m); return null; }, m => { assistant(m); return null; }, m => { tool(m); return null; }, unknown is null ? null : j => { unknown(j); return null; });

    /// <summary>Gets the user message if that is the role held.</summary>
    public bool TryPickUser([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out UserMessage? message) => (message = User) is not null;

    /// <summary>Gets the assistant message if that is the role held.</summary>
    public bool TryPickAssistant([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AssistantMessage? message) => (message = Assistant) is not null;

    /// <summary>Gets the tool-result message if that is the role held.</summary>
    public bool TryPickTool([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ToolMessage? message) => (message = Tool) is not null;

    /// <inheritdoc/>
    public override string ToString() => IsUnknown ? $"unknown message form {UnknownJson}" : $"{Role}: {Content}";

    internal object? Value => _value;

    internal override object? Held => _value;

    private sealed class ChatMessageJsonConverter : JsonUnionConverter<ChatMessage>
    {
        protected override string AcceptedForms => "a message object whose role is \"user\", \"assistant\" or \"tool\"";

        protected override ChatMessage? Read(JToken token, JsonSerializer serializer) =>
            (token is JObject o && o["role"]?.Type == JTokenType.String ? (string?)o["role"] : null) switch
            {
                "user" => TryObject<UserMessage>(token, serializer) is { } m ? new ChatMessage(m) : null,
                "assistant" => TryObject<AssistantMessage>(token, serializer) is { } m ? new ChatMessage(m) : null,
                "tool" => TryObject<ToolMessage>(token, serializer) is { } m ? new ChatMessage(m) : null,
                _ => null,
            };

        protected override ChatMessage CreateUnknown(JToken token, string reason) => new(token, reason);

        protected override void Write(JsonWriter writer, ChatMessage value, JsonSerializer serializer) =>
            serializer.Serialize(writer, value.Value);
    }
}
