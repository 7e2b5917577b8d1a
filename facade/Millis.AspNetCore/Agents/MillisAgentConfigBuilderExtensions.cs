using Millis.Agents;

namespace Millis.AspNetCore;

/// <summary>
/// Agent-config builder steps for the endpoints of this package: tools declared with <see cref="MillisToolDefinition"/>
/// and webhooks that send the shared secret. Built on the builder's public API, so the JSON is what the builder writes.
/// </summary>
public static class MillisAgentConfigBuilderExtensions
{
    /// <summary>Adds the tool declared by <paramref name="tool"/> (<c>tools[]</c>): name, description, parameters, URL, method, timeout, secret header.</summary>
    /// <param name="builder">The agent-config builder.</param>
    /// <param name="tool">The tool, as mapped with <c>MapMillisTool</c>.</param>
    /// <param name="secret">The secret to send in the tool's secret header (usually <see cref="MillisWebhookOptions.CurrentSecret"/>); required when the tool declares one.</param>
    /// <param name="publicBaseUrl">Your server's public base URL (e.g. <c>https://agent.example.com</c>); required when the tool's URL is a path.</param>
    /// <exception cref="ArgumentException">The URL is a path and no base URL is given, the tool has no URL, or it declares a secret header and no secret is given.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="tool"/> is null.</exception>
    public static TSelf AddTool<TSelf>(this AgentConfigBuilderBase<TSelf> builder, MillisToolDefinition tool, string? secret = null, Uri? publicBaseUrl = null)
        where TSelf : AgentConfigBuilderBase<TSelf>
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(tool);
        var url = ResolveUrl(tool.Url ?? throw new ArgumentException($"Tool '{tool.Name}' has no URL.", nameof(tool)), publicBaseUrl);
        if (tool.SecretHeaderName is not null && string.IsNullOrEmpty(secret))
        {
            throw new ArgumentException($"Tool '{tool.Name}' sends its secret in {tool.SecretHeaderName}; pass the secret.", nameof(secret));
        }

        return builder.AddTool(t =>
        {
            t.Named(tool.Name).Description(tool.Description).Webhook(url).Method(tool.Method);
            foreach (var parameter in tool.Parameters)
            {
                t.Parameter(parameter.Name, parameter.Type, parameter.Description, parameter.Required);
            }

            if (tool.Timeout is { } timeout)
            {
                t.Timeout(timeout);
            }

            if (tool.SecretHeaderName is { } header)
            {
                t.Header(header, secret!);
            }

            tool.AgentSettings?.Invoke(t);
        });
    }

    /// <summary>Sends end-of-session data to <paramref name="url"/> with the shared secret in a header (<c>session_data_webhook</c> as <c>{url, headers}</c>).</summary>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public static TSelf WithSecuredSessionDataWebhook<TSelf>(this AgentConfigBuilderBase<TSelf> builder, string url, string secret, string headerName = MillisWebhookOptions.DefaultHeaderName)
        where TSelf : AgentConfigBuilderBase<TSelf>
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithSessionDataWebhook(url, SecretHeader(url, secret, headerName));
    }

    /// <summary>Sends end-of-session data to <paramref name="url"/> with the current secret and header name of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">No secret is configured.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TSelf WithSecuredSessionDataWebhook<TSelf>(this AgentConfigBuilderBase<TSelf> builder, string url, MillisWebhookOptions options)
        where TSelf : AgentConfigBuilderBase<TSelf>
    {
        ArgumentNullException.ThrowIfNull(options);
        return builder.WithSecuredSessionDataWebhook(url, CurrentSecret(options), options.HeaderName);
    }

    /// <summary>Fetches extra prompt and metadata from <paramref name="url"/> with the shared secret in a header (<c>extra_prompt_webhook</c> as <c>{url, headers}</c>).</summary>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    public static TSelf WithSecuredExtraPromptWebhook<TSelf>(this AgentConfigBuilderBase<TSelf> builder, string url, string secret, string headerName = MillisWebhookOptions.DefaultHeaderName)
        where TSelf : AgentConfigBuilderBase<TSelf>
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.WithExtraPromptWebhook(url, SecretHeader(url, secret, headerName));
    }

    /// <summary>Fetches extra prompt and metadata from <paramref name="url"/> with the current secret and header name of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">No secret is configured.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static TSelf WithSecuredExtraPromptWebhook<TSelf>(this AgentConfigBuilderBase<TSelf> builder, string url, MillisWebhookOptions options)
        where TSelf : AgentConfigBuilderBase<TSelf>
    {
        ArgumentNullException.ThrowIfNull(options);
        return builder.WithSecuredExtraPromptWebhook(url, CurrentSecret(options), options.HeaderName);
    }

    private static Dictionary<string, string> SecretHeader(string url, string secret, string headerName)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentException.ThrowIfNullOrEmpty(headerName);
        return new Dictionary<string, string>(StringComparer.Ordinal) { [headerName] = secret };
    }

    private static string CurrentSecret(MillisWebhookOptions options) =>
        options.CurrentSecret ?? throw new ArgumentException($"No secret is configured ({MillisWebhookOptions.DefaultSectionName}:Secrets).", nameof(options));

    private static string ResolveUrl(string url, Uri? publicBaseUrl)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return url;
        }

        if (publicBaseUrl is null)
        {
            throw new ArgumentException($"The tool URL '{url}' is a path; pass publicBaseUrl (your server's public https address).", nameof(publicBaseUrl));
        }

        return new Uri(publicBaseUrl, url).ToString();
    }
}
