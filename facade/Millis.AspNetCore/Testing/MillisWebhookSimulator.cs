using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore.Testing;

/// <summary>
/// Sends the HTTP requests Millis sends (prefetch, end of call, tool calls), with or without the shared secret, to your
/// app. Give it an <see cref="HttpClient"/> for the app: <c>factory.CreateClient()</c> with <c>WebApplicationFactory</c>,
/// <c>server.CreateClient()</c> with TestHost, or a client for a real address.
/// </summary>
/// <example><code>
/// var millis = new MillisWebhookSimulator(factory.CreateClient(), secret: "test-secret");
/// var answer = await millis.SendPrefetchAsync("/millis/prefetch");
/// Assert.That(answer.ReadPrefetchResponse()!.ExtraPrompt, Is.Not.Null);
/// </code></example>
public sealed class MillisWebhookSimulator
{
    /// <summary>Creates a simulator that sends through <paramref name="client"/>, adding <paramref name="secret"/> (when given) in <paramref name="headerName"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> or <paramref name="headerName"/> is null.</exception>
    public MillisWebhookSimulator(HttpClient client, string? secret = null, string headerName = MillisWebhookOptions.DefaultHeaderName)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        HeaderName = headerName ?? throw new ArgumentNullException(nameof(headerName));
        Secret = secret;
    }

    /// <summary>The client requests go through.</summary>
    public HttpClient Client { get; }

    /// <summary>The secret sent with every request; null sends none.</summary>
    public string? Secret { get; }

    /// <summary>The header the secret goes in.</summary>
    public string HeaderName { get; }

    /// <summary>The same simulator sending another secret (or none, with null).</summary>
    public MillisWebhookSimulator WithSecret(string? secret) => new(Client, secret, HeaderName);

    /// <summary>Sends the prefetch webhook: GET with <c>session_id</c>, <c>agent_id</c>, <c>from</c>, <c>to</c> and the metadata in the query.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public Task<MillisSimulatorResponse> SendPrefetchAsync(string path, SimulatedPrefetch? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        request ??= new SimulatedPrefetch();
        var query = new List<KeyValuePair<string, string?>>();
        Add(query, "agent_id", request.AgentId);
        Add(query, "session_id", request.SessionId);
        Add(query, "from", request.From);
        Add(query, "to", request.To);
        foreach (var (key, value) in request.Metadata)
        {
            query.Add(new(key, value));
        }

        return SendAsync(HttpMethod.Get, path + QueryString.Create(query), null, cancellationToken);
    }

    /// <summary>Sends the end-of-call webhook: POST with the JSON record (<c>chat</c> JSON-encoded as a string).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public Task<MillisSimulatorResponse> SendSessionDataAsync(string path, SimulatedSessionData? data = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SendAsync(HttpMethod.Post, path, (data ?? new SimulatedSessionData()).ToJson(), cancellationToken);
    }

    /// <summary>Calls the tool declared by <paramref name="tool"/> at the path of its URL, with its method.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="arguments">An object or dictionary; property names are written in snake_case, as the tool's parameters are.</param>
    /// <param name="call">Session id, metadata and method; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<MillisSimulatorResponse> SendToolCallAsync(MillisToolDefinition tool, object arguments, SimulatedToolCall? call = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tool);
        call ??= new SimulatedToolCall();
        return SendToolCallAsync(tool.RoutePattern, arguments, new SimulatedToolCall { Method = call.Method ?? tool.Method, SessionId = call.SessionId, Metadata = call.Metadata }, cancellationToken);
    }

    /// <summary>Calls a tool webhook at <paramref name="path"/> (see <see cref="SimulatedToolCall"/> for the shape sent).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="arguments"/> does not serialize to a JSON object.</exception>
    public Task<MillisSimulatorResponse> SendToolCallAsync(string path, object arguments, SimulatedToolCall? call = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(arguments);
        call ??= new SimulatedToolCall();
        var args = JsonSerializer.SerializeToNode(arguments, ToolJson.Options) as JsonObject
            ?? throw new ArgumentException("The arguments must serialize to a JSON object.", nameof(arguments));
        var metadata = call.Metadata is null ? null : JsonSerializer.SerializeToNode(call.Metadata);
        if (string.Equals(call.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            var query = new List<KeyValuePair<string, string?>>();
            foreach (var (name, value) in args)
            {
                Add(query, name, value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString());
            }

            Add(query, "session_id", call.SessionId);
            Add(query, "metadata", metadata?.ToJsonString());
            return SendAsync(HttpMethod.Get, path + QueryString.Create(query), null, cancellationToken);
        }

        if (call.SessionId is not null)
        {
            args["session_id"] = call.SessionId;
        }

        if (metadata is not null)
        {
            args["metadata"] = metadata;
        }

        return SendAsync(HttpMethod.Post, path, args.ToJsonString(), cancellationToken);
    }

    /// <summary>Sends any request with the secret header (for bad-input tests: malformed JSON, wrong shapes).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> or <paramref name="path"/> is null.</exception>
    public Task<MillisSimulatorResponse> SendRawAsync(HttpMethod method, string path, string? jsonBody = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        return SendAsync(method, path, jsonBody, cancellationToken);
    }

    private static void Add(List<KeyValuePair<string, string?>> query, string key, string? value)
    {
        if (value is not null)
        {
            query.Add(new(key, value));
        }
    }

    private async Task<MillisSimulatorResponse> SendAsync(HttpMethod method, string pathAndQuery, string? jsonBody, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(pathAndQuery, UriKind.RelativeOrAbsolute));
        if (Secret is not null)
        {
            request.Headers.TryAddWithoutValidation(HeaderName, Secret);
        }

        if (jsonBody is not null)
        {
            request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new MillisSimulatorResponse(response.StatusCode, body, response.Content.Headers.ContentType?.MediaType);
    }
}
