using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds one webhook tool (<c>tools[]</c>) the agent can call: name, description, parameters, webhook and its options.
/// Only the settings called appear in the JSON.
/// </summary>
/// <example><code>t => t.Named("lookup_order").Description("Finds an order").Webhook("https://api.example.com/orders").Parameter("id", "string", "Order id", required: true)</code></example>
public sealed class ToolBuilder
{
    internal ToolBuilder()
    {
    }

    internal AgentTool Model { get; } = new();

    /// <summary>Sets the function name the model calls (<c>name</c>): 1 to 64 letters, digits, '_' or '-', unique in the agent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ToolBuilder Named(string name)
    {
        Model.Name = BuilderArgs.NotNull(name, nameof(name));
        return this;
    }

    /// <summary>Says what the tool does and when to call it (<c>description</c>, required).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public ToolBuilder Description(string description)
    {
        Model.Description = BuilderArgs.NotNull(description, nameof(description));
        return this;
    }

    /// <summary>Sets the absolute http(s) URL called when the tool runs (<c>webhook</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public ToolBuilder Webhook(string url)
    {
        Model.Webhook = BuilderArgs.NotNull(url, nameof(url));
        return this;
    }

    /// <summary>Sets the HTTP method of the webhook request (<c>method</c>), e.g. <c>POST</c> or <c>GET</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    public ToolBuilder Method(string method)
    {
        Model.Method = BuilderArgs.NotNull(method, nameof(method));
        return this;
    }

    /// <summary>Adds or replaces a header of the webhook request (<c>header</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ToolBuilder Header(string name, string value)
    {
        (Model.Header ??= new Dictionary<string, string>(StringComparer.Ordinal))[BuilderArgs.NotNull(name, nameof(name))] =
            BuilderArgs.NotNull(value, nameof(value));
        return this;
    }

    /// <summary>Sets the webhook request timeout (<c>timeout</c>, an integer; the spec does not state the unit).</summary>
    public ToolBuilder Timeout(int timeout)
    {
        Model.Timeout = timeout;
        return this;
    }

    /// <summary>Declares a parameter the model passes to the tool (<c>params[]</c>).</summary>
    /// <param name="name">The parameter name, unique within the tool.</param>
    /// <param name="type">The JSON type, e.g. <c>string</c>, <c>number</c>, <c>boolean</c>.</param>
    /// <param name="description">What the parameter holds.</param>
    /// <param name="required">Whether the model must always pass it.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    public ToolBuilder Parameter(string name, string type, string description, bool required = false)
    {
        (Model.Params ??= new List<Param>()).Add(new Param
        {
            Name = BuilderArgs.NotNull(name, nameof(name)),
            Type = BuilderArgs.NotNull(type, nameof(type)),
            Description = BuilderArgs.NotNull(description, nameof(description)),
            Required = required,
        });
        return this;
    }

    /// <summary>Runs the tool only after the call ends (<c>run_after_call</c>).</summary>
    public ToolBuilder RunAfterCall(bool value = true)
    {
        Model.RunAfterCall = value;
        return this;
    }

    /// <summary>Sets what the agent says while the tool runs (<c>messages</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public ToolBuilder Messages(params string[] messages)
    {
        Model.Messages = BuilderArgs.Strings(messages, nameof(messages));
        return this;
    }

    /// <summary>Sets how the agent uses the tool's response (<c>response_mode</c>), e.g. <c>strict</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="mode"/> is null.</exception>
    public ToolBuilder ResponseMode(string mode)
    {
        Model.ResponseMode = BuilderArgs.NotNull(mode, nameof(mode));
        return this;
    }

    /// <summary>Starts the tool only after a message from <see cref="Messages"/> was played (<c>execute_after_message</c>).</summary>
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
}
