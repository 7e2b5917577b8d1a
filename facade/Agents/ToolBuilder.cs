using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds one webhook tool (<c>tools[]</c>) the agent can call: name, description, parameters, webhook and its options.
/// Only the settings called appear in the JSON.
/// </summary>
/// <example><code>t => t.Named("lookup_order").Description("Finds an order").Webhook("https://api.example.com/orders").Parameter("id", "string", "Order id", required: true)</code></example>
public sealed class ToolBuilder : FunctionBuilderBase<ToolBuilder>
{
    internal ToolBuilder()
    {
    }

    internal AgentTool Model { get; } = new();

    /// <summary>Sets the absolute http(s) URL called when the tool runs (<c>webhook</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public ToolBuilder Webhook(string url)
    {
        Model.Webhook = Guard.NotNull(url, nameof(url));
        return this;
    }

    /// <summary>Sets the HTTP method of the webhook request (<c>method</c>), e.g. <c>POST</c> or <c>GET</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    public ToolBuilder Method(string method)
    {
        Model.Method = Guard.NotNull(method, nameof(method));
        return this;
    }

    /// <summary>Adds or replaces a header of the webhook request (<c>header</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ToolBuilder Header(string name, string value)
    {
        (Model.Header ??= new Dictionary<string, string>(StringComparer.Ordinal))[Guard.NotNull(name, nameof(name))] =
            Guard.NotNull(value, nameof(value));
        return this;
    }

    /// <summary>Sets the webhook request timeout (<c>timeout</c>, an integer; the spec does not state the unit).</summary>
    public ToolBuilder Timeout(int timeout)
    {
        Model.Timeout = timeout;
        return this;
    }

    /// <summary>Runs the tool only after the call ends (<c>run_after_call</c>).</summary>
    public ToolBuilder RunAfterCall(bool value = true)
    {
        Model.RunAfterCall = value;
        return this;
    }

    /// <summary>Starts the tool only after a message from <see cref="FunctionBuilderBase{TSelf}.Messages"/> was played (<c>execute_after_message</c>).</summary>
    public ToolBuilder ExecuteAfterMessage(bool value = true)
    {
        Model.ExecuteAfterMessage = value;
        return this;
    }

    /// <summary>Leaves the session id out of the webhook request (<c>exclude_session_id</c>).</summary>
    public ToolBuilder ExcludeSessionId(bool value = true)
    {
        Model.ExcludeSessionId = value;
        return this;
    }

    /// <summary>Includes the session metadata in the webhook request (<c>include_metadata</c>).</summary>
    public ToolBuilder IncludeMetadata(bool value = true)
    {
        Model.IncludeMetadata = value;
        return this;
    }

    private protected override void SetName(string name) => Model.Name = name;

    private protected override void SetDescription(string description) => Model.Description = description;

    private protected override IList<Param> Params() => Model.Params ??= new List<Param>();

    private protected override void SetMessages(List<string> messages) => Model.Messages = messages;

    private protected override void SetResponseMode(ResponseMode mode) => Model.ResponseMode = mode;
}
