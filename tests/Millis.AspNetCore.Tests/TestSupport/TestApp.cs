using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Millis.AspNetCore.Testing;

namespace Millis.AspNetCore.Tests.TestSupport;

/// <summary>A real Kestrel app on 127.0.0.1 with a free port, its logs captured; peers are a real HttpClient and ClientWebSocket.</summary>
public sealed class TestApp : IAsyncDisposable
{
    public const string Secret = "test-secret-0123456789";

    private TestApp(WebApplication app, Uri baseAddress, CapturedLogs logs)
    {
        App = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Starts an app with the Millis services (secret <see cref="Secret"/>) unless <paramref name="configure"/> replaces them.</summary>
    public static async Task<TestApp> StartAsync(Action<WebApplication> map, Action<WebApplicationBuilder>? configure = null, bool addMillis = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        if (addMillis)
        {
            builder.Services.AddMillisWebhooks(o => o.Secrets = new List<string> { Secret });
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApp(app, new Uri(address), logs);
    }

    public MillisWebhookSimulator Millis(string? secret = Secret) => new(Client, secret);

    public Uri WebSocketUri(string path) => new UriBuilder(BaseAddress) { Scheme = "ws", Path = path }.Uri;

    public MillisCustomLlmSimulator LlmSimulator(string path, string? secret = null) =>
        MillisCustomLlmSimulator.ForClientWebSocket(WebSocketUri(path), o =>
        {
            if (secret is not null)
            {
                o.SetRequestHeader(MillisWebhookOptions.DefaultHeaderName, secret);
            }
        });

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
