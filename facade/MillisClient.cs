using System.Net.Http;
using System.Net.Http.Headers;
using Millis.Agents;
using Millis.CallLogs;
using Millis.Calls;
using Millis.Campaigns;
using Millis.Chat;
using Millis.Http;
using Millis.Knowledge;
using Millis.Phones;
using Millis.User;
using Millis.Voices;

namespace Millis;

/// <summary>
/// The entry point of the Millis SDK. One instance per application is enough: it is thread-safe and reuses
/// connections. Operations are grouped by resource: <see cref="Agents"/>, <see cref="Phones"/>, <see cref="Calls"/>, ...
/// </summary>
/// <example><code>
/// var client = new MillisClient(Environment.GetEnvironmentVariable("MILLIS_API_KEY")!);
/// foreach (var agent in await client.Agents.ListAsync()) Console.WriteLine(agent.Name);
/// </code></example>
public class MillisClient : IDisposable
{
    private readonly HttpClient? _ownedHttpClient;

    /// <summary>Creates a client reading the API key from the <c>MILLIS_API_KEY</c> environment variable.</summary>
    /// <exception cref="ArgumentException">The variable is not set.</exception>
    public MillisClient()
        : this(new MillisClientOptions { ApiKey = Environment.GetEnvironmentVariable(MillisClientOptions.ApiKeyEnvironmentVariable) })
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
    /// Creates a client over an <see cref="HttpClient"/> you manage (e.g. from <c>IHttpClientFactory</c>); the SDK sets its
    /// base address, default headers and timeout, and never disposes it. <c>services.AddMillis(...)</c> uses this.
    /// </summary>
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
        Agents = null!;
        Phones = null!;
        Campaigns = null!;
        CallLogs = null!;
        Knowledge = null!;
        Calls = null!;
        Voices = null!;
        Chat = null!;
        User = null!;
    }

    private MillisClient(HttpClient httpClient, MillisClientOptions options, bool ownsHttpClient)
    {
        options.Validate();
        options.Freeze();
        Options = options;
        Configure(httpClient, options);
        _ownedHttpClient = ownsHttpClient ? httpClient : null;

        var pipeline = new MillisPipeline(httpClient, options);
        Agents = new AgentsClient(pipeline);
        Phones = new PhonesClient(pipeline);
        Campaigns = new CampaignsClient(pipeline);
        CallLogs = new CallLogsClient(pipeline);
        Knowledge = new KnowledgeClient(pipeline);
        Calls = new CallsClient(pipeline);
        Voices = new VoicesClient(pipeline);
        Chat = new ChatClient(pipeline);
        User = new UserClient(pipeline);
    }

    /// <summary>The options this client was built from (frozen; the key is redacted in <c>ToString()</c>).</summary>
    public MillisClientOptions Options { get; }

    /// <summary>Voice agents: create, read, update, duplicate, delete, embed settings, call histories.</summary>
    public virtual AgentsClient Agents { get; }

    /// <summary>Phone numbers: list, import, purchase, attach agents, config overrides, tags.</summary>
    public virtual PhonesClient Phones { get; }

    /// <summary>Outbound campaigns: create, records, caller, start and stop.</summary>
    public virtual CampaignsClient Campaigns { get; }

    /// <summary>Call logs across agents, with filters and paging; recordings.</summary>
    public virtual CallLogsClient CallLogs { get; }

    /// <summary>Knowledge-base files and which agents use them.</summary>
    public virtual KnowledgeClient Knowledge { get; }

    /// <summary>Calls and sessions: outbound calls, call registration (web, SIP, WebRTC), termination.</summary>
    public virtual CallsClient Calls { get; }

    /// <summary>The voices agents can speak with.</summary>
    public virtual VoicesClient Voices { get; }

    /// <summary>Chat completions from an agent, streamed.</summary>
    public virtual ChatClient Chat { get; }

    /// <summary>The account: credit and auto-refill.</summary>
    public virtual UserClient User { get; }

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

    internal static void Configure(HttpClient httpClient, MillisClientOptions options)
    {
        httpClient.BaseAddress = options.EffectiveBaseUrl;
        // Attempts are timed by the SDK's pipeline (MillisClientOptions.Timeout), not by HttpClient.
        httpClient.Timeout = Timeout.InfiniteTimeSpan;
        var headers = httpClient.DefaultRequestHeaders;
        headers.Remove("authorization");
        // Millis expects the key raw, without a Bearer scheme.
        headers.TryAddWithoutValidation("authorization", options.ApiKey);
        headers.UserAgent.Clear();
        headers.TryAddWithoutValidation("User-Agent", MillisDiagnostics.UserAgent(options.ApplicationId));
    }

    private static HttpClient CreateHttpClient()
    {
#if NET8_0_OR_GREATER
        // Recycle pooled connections so DNS changes of the gateway are picked up (what IHttpClientFactory does).
        return new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
#else
        return new HttpClient();
#endif
    }
}
