using Millis.Agents;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary>
/// A tool (function webhook) declared once: its name, description, parameters (derived from the argument type), URL,
/// method, timeout and secret header. <c>MapMillisTool</c> serves it and the agent-config builder's
/// <c>AddTool(definition, …)</c> declares it to the agent, so the two cannot drift apart.
/// </summary>
/// <example><code>
/// public static readonly MillisToolDefinition&lt;LookupOrder&gt; LookupOrderTool =
///     MillisToolDefinition.Create&lt;LookupOrder&gt;("lookup_order", "Finds an order by its id")
///         .WithUrl("/millis/tools/lookup_order")
///         .WithSecretHeader();
/// </code></example>
public abstract class MillisToolDefinition
{
    private protected MillisToolDefinition(string name, string description, Type argumentsType, IReadOnlyList<MillisToolParameter> parameters)
    {
        Name = name;
        Description = description;
        ArgumentsType = argumentsType;
        Parameters = parameters;
    }

    /// <summary>The function name the model calls (<c>name</c>).</summary>
    public string Name { get; }

    /// <summary>What the tool does and when to call it (<c>description</c>).</summary>
    public string Description { get; }

    /// <summary>The type the arguments bind to.</summary>
    public Type ArgumentsType { get; }

    /// <summary>The parameters (<c>params[]</c>), one per public settable property of <see cref="ArgumentsType"/>.</summary>
    public IReadOnlyList<MillisToolParameter> Parameters { get; }

    /// <summary>The webhook URL: absolute, or a path resolved against your public base URL when the agent config is built. Null until set.</summary>
    public string? Url { get; private protected set; }

    /// <summary>The HTTP method Millis uses (<c>method</c>): <c>POST</c> (default) or <c>GET</c>. The endpoint accepts both.</summary>
    public string Method { get; private protected set; } = "POST";

    /// <summary>The webhook timeout (<c>timeout</c>); Millis does not document the unit. Null leaves Millis's default.</summary>
    public int? Timeout { get; private protected set; }

    /// <summary>The header that carries the shared secret (<c>header</c>); null when the tool sends none.</summary>
    public string? SecretHeaderName { get; private protected set; }

    /// <summary>Further agent-side settings (messages, response mode, …) applied to the tool builder.</summary>
    public Action<ToolBuilder>? AgentSettings { get; private protected set; }

    /// <summary>The route the endpoint is mapped at: the path of <see cref="Url"/>.</summary>
    /// <exception cref="InvalidOperationException">No URL is set.</exception>
    public string RoutePattern =>
        Url is null ? throw new InvalidOperationException($"Tool '{Name}' has no URL; call WithUrl first.")
        : Uri.TryCreate(Url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? absolute.AbsolutePath
        : Url;

    /// <summary>Declares a tool whose arguments bind to <typeparamref name="TArgs"/>.</summary>
    /// <param name="name">1 to 64 letters, digits, '_' or '-'.</param>
    /// <param name="description">What the tool does and when the model should call it.</param>
    /// <exception cref="ArgumentException">The name is not valid, or a property of <typeparamref name="TArgs"/> is not a string, number or boolean.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MillisToolDefinition<TArgs> Create<TArgs>(string name, string description)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(description);
        if (name.Length is 0 or > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"Tool name '{name}' must be 1 to 64 letters, digits, '_' or '-'.", nameof(name));
        }

        return new MillisToolDefinition<TArgs>(name, description, ToolParameterReflector.Describe(typeof(TArgs)));
    }

    /// <inheritdoc/>
    public override string ToString() => $"tool {Name}({string.Join(", ", Parameters)}) {Method} {Url}";
}
