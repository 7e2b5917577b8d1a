using System.Net.Http;
using Millis.Http;

namespace Millis;

/// <summary>
/// The entry point of the Millis SDK. One instance per application is enough: it is thread-safe and reuses
/// connections. Operations are grouped by resource: <see cref="Agents"/>, <see cref="Phones"/>, <see cref="Calls"/>, ...
/// </summary>
/// <example><code>
/// var client = new MillisClient(Environment.GetEnvironmentVariable("MILLIS_API_KEY")!);
/// foreach (var agent in await client.Agents.ListAsync()) Console.WriteLine(agent.Name);
/// </code></example>
public partial class MillisClient : IDisposable
{
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>
    /// Creates a client reading the API key from the <c>MILLIS_API_KEY</c> environment variable and, when
    /// <c>MILLIS_BASE_URL</c> is set, sending requests there instead of the US West region.
    /// </summary>
    /// <exception cref="ArgumentException">The key is not set, or <c>MILLIS_BASE_URL</c> is not a valid URL.</exception>
    public MillisClient()
        : this(MillisClientOptions.FromEnvironment())
    {
    }

    /// <summary>Creates a client for the US West region with the given private API key.</summary>
    /// <exception cref="ArgumentException"><paramref name="apiKey"/> is null or blank.</exception>
    public MillisClient(string apiKey)
        : this(new MillisClientOptions { ApiKey = apiKey })
    {
    }

    /// <summary>Creates a client from options; the options are validated and frozen.</summary>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public MillisClient(MillisClientOptions options)
        : this(CreateHttpClient(), Guard.NotNull(options, nameof(options)), ownsHttpClient: true)
    {
    }

    /// <summary>
    /// Creates a client over an <see cref="HttpClient"/> you manage (e.g. from <c>IHttpClientFactory</c>). The SDK never
    /// changes it (no base address, default headers or timeout: each request carries its own URL and headers), so one
    /// HttpClient may serve several clients with different keys; it is never disposed by the SDK. Its own
    /// <see cref="HttpClient.Timeout"/> still applies: set it to <see cref="Timeout.InfiniteTimeSpan"/> to leave attempts
    /// to <see cref="MillisClientOptions.Timeout"/>. <c>services.AddMillis(...)</c> uses this.
    /// </summary>
    /// <remarks>
    /// Its handler is yours, so two rules of the SDK's own client depend on how you configured it. Redirects: a handler
    /// with <c>AllowAutoRedirect = true</c> (the default of <see cref="HttpClientHandler"/> and <c>SocketsHttpHandler</c>)
    /// follows a 307/308 to any host and re-sends the body, before the SDK sees it; set <c>AllowAutoRedirect = false</c>
    /// and the SDK applies its rule (same origin only, never for operations that create or dial; otherwise
    /// <see cref="MillisRedirectException"/>). Resends: <c>SocketsHttpHandler</c> itself resends a bodiless request up to
    /// three times when a connection closes without an answer, so one attempt may reach the server more than once, and
    /// <see cref="MillisConnectionException.MayHaveReachedServer"/> is then judged from the exception alone (true unless
    /// the connection was refused or the name did not resolve). <c>services.AddMillis(...)</c> configures its primary
    /// handler like the SDK's own, unless you replace it with <c>ConfigurePrimaryHttpMessageHandler</c>.
    /// </remarks>
    /// <exception cref="ArgumentException">A setting is missing or invalid; the message names it.</exception>
    public MillisClient(HttpClient httpClient, MillisClientOptions options)
        : this(Guard.NotNull(httpClient, nameof(httpClient)), Guard.NotNull(options, nameof(options)), ownsHttpClient: false)
    {
    }

    /// <summary>For mocking: creates no HTTP client; a derived class overrides the resource-group properties.</summary>
    /// <param name="forMocking">Ignored; it only tells this constructor apart from the public ones.</param>
    protected MillisClient(bool forMocking)
    {
        _ = forMocking;
        Options = new MillisClientOptions();
    }

    private MillisClient(HttpClient httpClient, MillisClientOptions options, bool ownsHttpClient)
    {
        options.Validate();
        options.Freeze();
        Options = options;
        _ownedHttpClient = ownsHttpClient ? httpClient : null;
        Pipeline = new MillisPipeline(httpClient, options);
        InitializeResources(Pipeline);
    }

    /// <summary>The options this client was built from (frozen; the key is redacted in <c>ToString()</c>).</summary>
    public MillisClientOptions Options { get; }

    internal MillisPipeline Pipeline { get; } = null!;

    /// <summary>Disposes the HTTP client when this client created it.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes the HTTP client when this client created it.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _ownedHttpClient?.Dispose();
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"MillisClient {{ {Options} }}";

    /// <summary>
    /// The SDK's own HttpClient: redirects are applied by the SDK's rule, never by the handler, and on net8.0 each attempt
    /// reaches the wire at most once (see <c>MillisTransport</c>). Attempts are timed by the pipeline
    /// (<see cref="MillisClientOptions.Timeout"/>), not by HttpClient.
    /// </summary>
    private static HttpClient CreateHttpClient() => new(MillisTransport.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
}
