using Millis.Agents;

namespace Millis.AspNetCore;

/// <summary>A <see cref="MillisToolDefinition"/> whose arguments bind to <typeparamref name="TArgs"/>. Each <c>With…</c> returns a changed copy.</summary>
/// <typeparam name="TArgs">The argument type: public settable properties of string, number or boolean types.</typeparam>
public sealed class MillisToolDefinition<TArgs> : MillisToolDefinition
{
    internal MillisToolDefinition(string name, string description, IReadOnlyList<MillisToolParameter> parameters)
        : base(name, description, typeof(TArgs), parameters)
    {
    }

    /// <summary>Sets the webhook URL: absolute (<c>https://tools.example.com/lookup</c>) or a path (<c>/millis/tools/lookup</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="url"/> is neither an absolute http(s) URL nor a path starting with '/'.</exception>
    public MillisToolDefinition<TArgs> WithUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var absolute = Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
        if (!absolute && !url.StartsWith('/'))
        {
            throw new ArgumentException($"'{url}' is neither an absolute http(s) URL nor a path starting with '/'.", nameof(url));
        }

        return Copy(c => c.Url = url);
    }

    /// <summary>Sets the HTTP method Millis uses: <c>GET</c> or <c>POST</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="method"/> is not GET or POST.</exception>
    public MillisToolDefinition<TArgs> WithMethod(string method)
    {
        ArgumentNullException.ThrowIfNull(method);
        var upper = method.ToUpperInvariant();
        return upper is "GET" or "POST" ? Copy(c => c.Method = upper) : throw new ArgumentException("Millis tools use GET or POST.", nameof(method));
    }

    /// <summary>Sets the webhook timeout (<c>timeout</c>; Millis does not document the unit).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not positive.</exception>
    public MillisToolDefinition<TArgs> WithTimeout(int timeout)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(timeout);
        return Copy(c => c.Timeout = timeout);
    }

    /// <summary>Makes the agent send the shared secret in this header; the value is given when the agent config is built.</summary>
    /// <exception cref="ArgumentException"><paramref name="headerName"/> is empty.</exception>
    public MillisToolDefinition<TArgs> WithSecretHeader(string headerName = MillisWebhookOptions.DefaultHeaderName)
    {
        ArgumentException.ThrowIfNullOrEmpty(headerName);
        return Copy(c => c.SecretHeaderName = headerName);
    }

    /// <summary>Adds agent-side settings of the tool (messages while it runs, response mode, run after call, …).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public MillisToolDefinition<TArgs> WithAgentSettings(Action<ToolBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var previous = AgentSettings;
        return Copy(c => c.AgentSettings = previous + configure);
    }

    private MillisToolDefinition<TArgs> Copy(Action<MillisToolDefinition<TArgs>> change)
    {
        var copy = new MillisToolDefinition<TArgs>(Name, Description, Parameters)
        {
            Url = Url,
            Method = Method,
            Timeout = Timeout,
            SecretHeaderName = SecretHeaderName,
            AgentSettings = AgentSettings,
        };
        change(copy);
        return copy;
    }
}
