using System.Net.Http;

namespace Millis.Examples;

/// <summary>What an example gets: a client for the chosen server, a place to write, and a way to build more clients.</summary>
public sealed class ExampleContext : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    internal ExampleContext(Uri? baseUrl, string apiKey, bool isMock, TextWriter output, CancellationToken cancellationToken)
    {
        BaseUrl = baseUrl;
        ApiKey = apiKey;
        IsMock = isMock;
        Output = output;
        CancellationToken = cancellationToken;
        Client = CreateClient();
    }

    /// <summary>A client with default options for the chosen server.</summary>
    public MillisClient Client { get; }

    /// <summary>True against the local mock: it answers every call with the spec's placeholder values ("string", 0, ...).</summary>
    public bool IsMock { get; }

    /// <summary>The mock's URL, or null for the real API (the region's URL).</summary>
    public Uri? BaseUrl { get; }

    /// <summary>The key the examples use (a placeholder against the mock).</summary>
    public string ApiKey { get; }

    /// <summary>Where the example prints what it did.</summary>
    public TextWriter Output { get; }

    /// <summary>Cancelled when the run is stopped (Ctrl+C).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Options for the chosen server, ready to adjust before a client is built from them.</summary>
    public MillisClientOptions NewOptions() => new() { ApiKey = ApiKey, BaseUrl = BaseUrl, ApplicationId = "millis-examples" };

    /// <summary>
    /// A client over an HttpClient whose handler chain ends in <paramref name="handler"/> (when given) and then the network.
    /// Disposed with the context.
    /// </summary>
    public MillisClient CreateClient(Action<MillisClientOptions>? configure = null, DelegatingHandler? handler = null)
    {
        var options = NewOptions();
        configure?.Invoke(options);
        if (handler is null)
        {
            return Own(new MillisClient(options));
        }

        handler.InnerHandler ??= new SocketsHttpHandler();
        var http = Own(new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan });
        return Own(new MillisClient(http, options));
    }

    /// <summary>Writes one line of the example's story.</summary>
    public void Say(string line) => Output.WriteLine("  " + line);

    /// <inheritdoc/>
    public void Dispose()
    {
        Client.Dispose();
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
