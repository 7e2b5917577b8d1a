using System.Net.Http;
using Newtonsoft.Json.Linq;

namespace Millis;

/// <summary>
/// Any request to the Millis API, for <see cref="MillisClient.SendAsync(MillisRequest, CancellationToken)"/>: an
/// operation this SDK version has no method for yet, an extra header, or an extra body field. It runs through the same
/// pipeline as every typed method: key, User-Agent, retries by retry class, per-attempt timeout, typed errors, logs, traces.
/// </summary>
/// <example><code>
/// var response = await client.SendAsync(
///     new MillisRequest(HttpMethod.Get, "/agents/{agent_id}/call-histories")
///         .WithPathParameter("agent_id", agentId)
///         .WithQuery("limit", "50")
///         .WithHeader("token", clientToken));
/// var page = response.As&lt;CallHistoryResponse&gt;();
/// </code></example>
public sealed class MillisRequest
{
    private readonly Dictionary<string, string> _path = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, string>> _query = [];
    private readonly List<KeyValuePair<string, string>> _headers = [];
    private readonly Dictionary<string, object?> _bodyFields = new(StringComparer.Ordinal);

    /// <summary>A request for a method and a path template as the API documents it, e.g. <c>/agents/{agent_id}</c>.</summary>
    /// <exception cref="ArgumentException">The template is not an absolute path (it must start with <c>/</c>).</exception>
    public MillisRequest(HttpMethod method, string pathTemplate)
    {
        Method = method ?? throw new ArgumentNullException(nameof(method));
        PathTemplate = pathTemplate ?? throw new ArgumentNullException(nameof(pathTemplate));
        if (!pathTemplate.StartsWith("/", StringComparison.Ordinal) || pathTemplate.Contains("://") || pathTemplate.Contains('?'))
        {
            throw new ArgumentException($"pathTemplate must be a path of the API such as /agents/{{agent_id}}, without host or query (add queries with WithQuery); got \"{pathTemplate}\".", nameof(pathTemplate));
        }
    }

    /// <summary>The HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>The path template, e.g. <c>/agents/{agent_id}</c>; it names the operation in logs and traces.</summary>
    public string PathTemplate { get; }

    /// <summary>The body, serialized as JSON with the SDK's rules; null sends no body.</summary>
    public object? Body { get; private set; }

    internal IReadOnlyDictionary<string, string> PathParameters => _path;

    internal IReadOnlyList<KeyValuePair<string, string>> Query => _query;

    internal IReadOnlyList<KeyValuePair<string, string>> Headers => _headers;

    internal IReadOnlyDictionary<string, object?> BodyFields => _bodyFields;

    /// <summary>Fills <c>{name}</c> of the template; the value is checked as one path segment and escaped.</summary>
    /// <exception cref="ArgumentException">The template has no such parameter, or the value is not a usable id.</exception>
    public MillisRequest WithPathParameter(string name, string value)
    {
        if (!PathTemplate.Contains("{" + name + "}"))
        {
            throw new ArgumentException($"The path template {PathTemplate} has no parameter {{{name}}}.", nameof(name));
        }

        _path[name] = PathSegment.Check(value, name);
        return this;
    }

    /// <summary>Adds a query parameter; a null value is not sent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public MillisRequest WithQuery(string name, string? value)
    {
        Guard.NotBlank(name, nameof(name), "query parameter name");
        if (value is not null)
        {
            _query.Add(new(name, value));
        }

        return this;
    }

    /// <summary>Adds a request header (e.g. a second <c>token</c> header); the key header <c>authorization</c> is the SDK's.</summary>
    /// <exception cref="ArgumentException">The name is <c>authorization</c>, or a name or value holds a control character.</exception>
    public MillisRequest WithHeader(string name, string value)
    {
        Guard.NotBlank(name, nameof(name), "header name");
        Guard.NotNull(value, nameof(value));
        if (string.Equals(name, "authorization", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The authorization header carries MillisClientOptions.ApiKey; set the key there.", nameof(name));
        }

        if (name.Any(char.IsControl) || value.Any(char.IsControl))
        {
            throw new ArgumentException($"Header {name} holds a control character (CR, LF, ...), which would let it write other headers.", nameof(value));
        }

        _headers.Add(new(name, value));
        return this;
    }

    /// <summary>Sets the JSON body: a model (written as it holds: set fields only), a list, a map, or any object.</summary>
    public MillisRequest WithBody(object? body)
    {
        Body = body;
        return this;
    }

    /// <summary>Adds or replaces one field of the JSON object body (a field this SDK version has no property for yet).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public MillisRequest WithBodyField(string name, object? value)
    {
        _bodyFields[Guard.NotNull(name, nameof(name))] = value is null ? JValue.CreateNull() : value;
        return this;
    }

    /// <summary>Method and template, e.g. <c>GET /agents/{agent_id}</c> (never header values).</summary>
    public override string ToString() => $"{Method.Method} {PathTemplate}";
}
