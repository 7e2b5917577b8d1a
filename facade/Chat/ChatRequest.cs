using Millis.Models;

namespace Millis.Chat;

/// <summary>
/// A chat request for <see cref="ChatClient.StreamAsync"/>: which agent answers (a saved agent by id, or an inline
/// configuration), optional metadata, and the conversation so far. Checked by <see cref="Validate"/> before anything is sent.
/// </summary>
/// <example><code>
/// var request = ChatRequest.ForAgent("agent-id")
///     .WithMetadata("customer", "C-42")
///     .AddUser("Do you open on Sundays?");
/// </code></example>
public sealed class ChatRequest
{
    /// <summary>The id of a saved agent (<c>agent.agent_id</c>). Set this, <see cref="AgentConfig"/>, or both.</summary>
    public string? AgentId { get; set; }

    /// <summary>
    /// An inline agent configuration (<c>agent.agent_config</c>), e.g. built with the agent-config builder; with
    /// <see cref="AgentId"/> it is sent alongside the saved agent.
    /// </summary>
    public PartialAgentConfig? AgentConfig { get; set; }

    /// <summary>Metadata about the session (<c>agent.metadata</c>); null sends none.</summary>
    public IDictionary<string, object>? Metadata { get; set; }

    /// <summary>Whether the agent sees <see cref="Metadata"/> in its prompt (<c>agent.include_metadata_in_prompt</c>); null leaves the API default.</summary>
    public bool? IncludeMetadataInPrompt { get; set; }

    /// <summary>The API's <c>end_of_session</c> flag (its meaning is not documented; the API default is false); null sends nothing.</summary>
    public bool? EndOfSession { get; set; }

    /// <summary>
    /// Whether <see cref="ChatClient.StreamAsync"/> yields a <see cref="ChatUsage"/> for each chunk that carries an
    /// OpenAI-style <c>usage</c> object (default false: such chunks yield nothing, or only their other events). Read by
    /// the SDK only, never sent; the Millis docs do not say whether the stream carries usage.
    /// </summary>
    public bool IncludeUsageEvents { get; set; }

    /// <summary>The conversation, oldest first: user, assistant and tool-result messages. At least one is required.</summary>
    public IList<ChatMessage> Messages { get; } = new List<ChatMessage>();

    /// <summary>Creates a request answered by a saved agent.</summary>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is null or blank.</exception>
    public static ChatRequest ForAgent(string agentId) =>
        new() { AgentId = Guard.NotBlank(agentId, nameof(agentId), "id of the agent that should answer") };

    /// <summary>Creates a request answered by an agent configured inline, without saving it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="agentConfig"/> is null.</exception>
    public static ChatRequest ForAgentConfig(PartialAgentConfig agentConfig) =>
        new() { AgentConfig = Guard.NotNull(agentConfig, nameof(agentConfig)) };

    /// <summary>Sets the inline agent configuration (also allowed together with <see cref="AgentId"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="agentConfig"/> is null.</exception>
    public ChatRequest WithAgentConfig(PartialAgentConfig agentConfig)
    {
        AgentConfig = Guard.NotNull(agentConfig, nameof(agentConfig));
        return this;
    }

    /// <summary>Adds (or replaces) one metadata entry.</summary>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null or blank.</exception>
    public ChatRequest WithMetadata(string key, object value)
    {
        Guard.NotBlank(key, nameof(key), "metadata key");
        Metadata ??= new Dictionary<string, object>();
        Metadata[key] = value;
        return this;
    }

    /// <summary>Adds (or replaces) the given metadata entries.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="metadata"/> is null.</exception>
    public ChatRequest WithMetadata(IEnumerable<KeyValuePair<string, object>> metadata)
    {
        Guard.NotNull(metadata, nameof(metadata));
        foreach (var entry in metadata)
        {
            WithMetadata(entry.Key, entry.Value);
        }

        return this;
    }

    /// <summary>Sets <see cref="IncludeMetadataInPrompt"/>.</summary>
    public ChatRequest WithMetadataInPrompt(bool include = true)
    {
        IncludeMetadataInPrompt = include;
        return this;
    }

    /// <summary>Sets <see cref="EndOfSession"/>.</summary>
    public ChatRequest WithEndOfSession(bool endOfSession = true)
    {
        EndOfSession = endOfSession;
        return this;
    }

    /// <summary>Sets <see cref="IncludeUsageEvents"/>.</summary>
    public ChatRequest WithUsageEvents(bool include = true)
    {
        IncludeUsageEvents = include;
        return this;
    }

    /// <summary>Appends a message of any role.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ChatRequest Add(ChatMessage message)
    {
        Messages.Add(Guard.NotNull(message, nameof(message)));
        return this;
    }

    /// <summary>Appends what the user said.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public ChatRequest AddUser(string content) => Add(ChatMessage.CreateUser(content));

    /// <summary>
    /// Appends what the assistant said earlier, with the tool calls it made (e.g. <see cref="ChatCompletion.Text"/> and
    /// <see cref="ChatCompletion.ToolCalls"/> of the previous turn). Empty <paramref name="toolCalls"/> sends none.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public ChatRequest AddAssistant(string content, IEnumerable<ToolCall>? toolCalls = null)
    {
        var calls = toolCalls?.ToList();
        return Add(ChatMessage.CreateAssistant(content, calls is { Count: > 0 } ? calls : null));
    }

    /// <summary>Appends the result of the assistant's tool call <paramref name="toolCallId"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ChatRequest AddToolResult(string toolCallId, string content) => Add(ChatMessage.CreateTool(toolCallId, content));

    /// <summary>Checks the request; <see cref="ChatClient"/> calls it before sending.</summary>
    /// <exception cref="ArgumentException">
    /// Neither <see cref="AgentId"/> nor <see cref="AgentConfig"/> is set, <see cref="AgentId"/> is blank, or
    /// <see cref="Messages"/> is empty or holds a null; <see cref="ArgumentException.ParamName"/> names the property.
    /// </exception>
    public void Validate()
    {
        if (AgentId is null && AgentConfig is null)
        {
            throw new ArgumentException(
                "ChatRequest.AgentId or ChatRequest.AgentConfig is required: say which agent answers (ChatRequest.ForAgent(id) or ChatRequest.ForAgentConfig(config)).",
                nameof(AgentId));
        }

        if (AgentId is not null && string.IsNullOrWhiteSpace(AgentId))
        {
            throw new ArgumentException("ChatRequest.AgentId must not be empty or whitespace: pass the agent's id, or leave it null and set AgentConfig.", nameof(AgentId));
        }

        if (Messages.Count == 0)
        {
            throw new ArgumentException("ChatRequest.Messages must contain at least one message: add one with AddUser(...).", nameof(Messages));
        }

        for (var i = 0; i < Messages.Count; i++)
        {
            if (Messages[i] is null)
            {
                throw new ArgumentException($"ChatRequest.Messages[{i}] is null.", nameof(Messages));
            }
        }
    }

    /// <summary>Validates and copies the request into the wire model, so later changes to this request do not leak into a stream.</summary>
    internal ChatCompletionData ToCompletionData()
    {
        Validate();
        return new ChatCompletionData
        {
            Agent = new AgentCallData
            {
                AgentId = AgentId,
                AgentConfig = AgentConfig,
                Metadata = Metadata is null ? null : new Dictionary<string, object>(Metadata),
                IncludeMetadataInPrompt = IncludeMetadataInPrompt,
            },
            Messages = Messages.ToList(),
            EndOfSession = EndOfSession,
        };
    }
}
