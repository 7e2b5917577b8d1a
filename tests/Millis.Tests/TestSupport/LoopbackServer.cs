using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Millis.Tests.TestSupport;

/// <summary>A real Kestrel server on 127.0.0.1 with a random port, running one request handler.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            Interlocked.Increment(ref server!._requests);
            await handler(context);
        });
        await app.StartAsync();
        server = new LoopbackServer(app, new Uri(app.Urls.Single()));
        return server;
    }

    /// <summary>Writes text to the response and flushes it onto the wire.</summary>
    public static async Task SendAsync(HttpContext context, string text)
    {
        await context.Response.WriteAsync(text, context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    public static void StartEventStream(HttpContext context)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
    }

    public MillisClient CreateClient() => new(Options());

    /// <summary>
    /// A client whose connection pool never drains an unread body (no size or time limit): a test that waits for the
    /// server to see the request aborted then proves the SDK closed the connection, because a drain would never end.
    /// No clock is involved.
    /// </summary>
    public MillisClient CreateNeverDrainingClient(Action<MillisClientOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options);
        var handler = new SocketsHttpHandler { ResponseDrainTimeout = Timeout.InfiniteTimeSpan, MaxResponseDrainSize = int.MaxValue };
        return new MillisClient(new HttpClient(handler), options);
    }

    public MillisClientOptions Options() => new()
    {
        ApiKey = "test-key",
        BaseUrl = BaseUrl,
        MaxRetries = 0,
        Timeout = TimeSpan.FromSeconds(10),
    };

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopping.Token);
        await _app.DisposeAsync();
    }
}
