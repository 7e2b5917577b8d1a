using Microsoft.Extensions.AI;
using Millis.Models;

namespace Millis.Extensions.AI;

/// <summary>
/// A Millis agent's chat completions as a Microsoft.Extensions.AI <see cref="IChatClient"/>, so it plugs into
/// <c>ChatClientBuilder</c> middleware (<c>UseFunctionInvocation</c>, OpenTelemetry, logging, caching) and anything
/// written against <see cref="IChatClient"/>.
/// </summary>
/// <remarks>
/// <para><b>Streaming.</b> <c>GetStreamingResponseAsync</c> runs one <c>client.Chat.StreamAsync</c> stream and yields an
/// update per event as it arrives: text as a <see cref="TextContent"/> (never buffered); tool-call fragments buffered
/// per call and yielded together as <see cref="FunctionCallContent"/>s (one per call, arguments parsed from the joined
/// JSON, <c>RawRepresentation</c> the Millis <see cref="ToolCall"/>) when the finish reason, <c>[DONE]</c> or the end of
/// the body arrives; the finish reason as <see cref="ChatFinishReason"/> (<c>stop</c>, <c>length</c>,
/// <c>tool_calls</c>, <c>content_filter</c>, others kept as sent); usage as <see cref="UsageContent"/> when the stream
/// carries it; events the SDK does not understand as updates with no contents. Every update's
/// <c>RawRepresentation</c> is the Millis <c>ChatStreamEvent</c>. Only choice 0 is mapped.
/// <c>GetResponseAsync</c> aggregates the same stream (<c>ToChatResponseAsync</c>).</para>
/// <para><b>Messages.</b> User, assistant (with tool calls) and tool messages map one to one (see
/// <see cref="MillisChatMessageConversion"/>). The API has no system role: system messages and
/// <see cref="ChatOptions.Instructions"/> become the agent's prompt for the request (<c>agent_config.prompt</c>),
/// appended to an inline config's prompt, or, for a saved agent, <b>in place of its stored prompt</b> for that request.</para>
/// <para><b>Options.</b> <see cref="ChatOptions.Tools"/> (functions only) are sent as the agent's tools for the request
/// (<c>agent_config.tools</c>, with no webhook: the answer carries the tool calls back to you, e.g. to
/// <c>UseFunctionInvocation</c>); <see cref="ChatToolMode.None"/> sends none, <see cref="ChatToolMode.Auto"/> sends them;
/// <see cref="ChatOptions.ModelId"/> (with <see cref="ChatOptions.Temperature"/>) becomes <c>agent_config.llm</c>;
/// <see cref="ChatOptions.AdditionalProperties"/> become the session metadata (<c>agent.metadata</c>);
/// <see cref="ChatOptions.RawRepresentationFactory"/> may return a <c>Millis.Chat.ChatRequest</c> to start from (its
/// metadata, flags and agent). Everything else the API cannot express (max tokens, top-p, stop sequences, seed, a
/// required tool mode, JSON response formats, conversation ids, ...) throws <see cref="NotSupportedException"/> naming
/// the option, instead of being dropped.</para>
/// <para><b>Errors and cancellation</b> are those of <c>client.Chat</c>: <c>MillisApiException</c> before the stream,
/// <c>MillisStreamException</c> (and <c>MillisStreamTimeoutException</c>) during it, <see cref="OperationCanceledException"/>
/// for your token; breaking out of the loop closes the connection.</para>
/// <para><b>Services.</b> <c>GetService</c> returns <see cref="ChatClientMetadata"/> (provider name <c>millis</c>, the
/// base URL when known), the <c>Millis.Chat.ChatClient</c>, and the <see cref="MillisClient"/> when the adapter was made
/// from one. Disposing the adapter does not dispose the Millis client.</para>
/// </remarks>
public static class MillisChatClientExtensions
{
    /// <summary>The provider name in <see cref="ChatClientMetadata"/>: <c>millis</c>.</summary>
    public const string ProviderName = "millis";

    /// <summary>The saved agent <paramref name="agentId"/> as an <see cref="IChatClient"/> (see the class remarks for the mapping).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="chat"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is null or blank.</exception>
    /// <example><code>
    /// IChatClient agent = client.Chat.AsChatClient("agent-id");
    /// await foreach (var update in agent.GetStreamingResponseAsync("Do you open on Sundays?"))
    ///     Console.Write(update.Text);
    /// </code></example>
    public static IChatClient AsChatClient(this Millis.Chat.ChatClient chat, string agentId) =>
        new MillisChatClient(NotNull(chat, nameof(chat)), null, AgentId(agentId), null);

    /// <summary>An agent configured inline (not saved) as an <see cref="IChatClient"/>; the config is copied per request, never changed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IChatClient AsChatClient(this Millis.Chat.ChatClient chat, PartialAgentConfig agentConfig) =>
        new MillisChatClient(NotNull(chat, nameof(chat)), null, null, NotNull(agentConfig, nameof(agentConfig)));

    /// <summary>
    /// The saved agent <paramref name="agentId"/> as an <see cref="IChatClient"/>, keeping <paramref name="client"/>
    /// for <c>GetService(typeof(MillisClient))</c> and its base URL for <see cref="ChatClientMetadata"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is null or blank.</exception>
    public static IChatClient AsChatClient(this MillisClient client, string agentId) =>
        new MillisChatClient(NotNull(client, nameof(client)).Chat, client, AgentId(agentId), null);

    /// <summary>An agent configured inline as an <see cref="IChatClient"/>, keeping <paramref name="client"/> for <c>GetService</c>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IChatClient AsChatClient(this MillisClient client, PartialAgentConfig agentConfig) =>
        new MillisChatClient(NotNull(client, nameof(client)).Chat, client, null, NotNull(agentConfig, nameof(agentConfig)));

    private static T NotNull<T>(T value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    private static string AgentId(string agentId) =>
        string.IsNullOrWhiteSpace(agentId)
            ? throw new ArgumentException("agentId must be the id of a saved Millis agent (agent_id), not empty.", nameof(agentId))
            : agentId;
}
