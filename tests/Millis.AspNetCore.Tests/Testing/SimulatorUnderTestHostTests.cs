using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Millis.AspNetCore.Testing;
using Millis.AspNetCore.Tests.TestSupport;

namespace Millis.AspNetCore.Tests.Testing;

/// <summary>The simulators work in-memory under TestHost (as under WebApplicationFactory), not only against Kestrel.</summary>
public class SimulatorUnderTestHostTests
{
    [Test]
    public async Task WebhookSimulatorWorksWithATestServerClient()
    {
        await using var app = await StartTestServerAsync(a => a.MapMillisPrefetch("/prefetch", () => new PrefetchResponse { ExtraPrompt = "in memory" }).RequireMillisSecret());

        var response = await new MillisWebhookSimulator(app.GetTestClient(), TestApp.Secret).SendPrefetchAsync("/prefetch");

        Assert.That(response.ReadPrefetchResponse()!.ExtraPrompt, Is.EqualTo("in memory"));
    }

    [Test]
    public async Task CustomLlmSimulatorWorksWithATestServerWebSocketClient()
    {
        await using var app = await StartTestServerAsync(a => a.MapMillisCustomLlm("/llm", (request, reply, ct) => reply.EndAsync("in memory", ct).AsTask()));
        var server = app.GetTestServer();
        var simulator = new MillisCustomLlmSimulator(new Uri(server.BaseAddress, "/llm"), server.CreateWebSocketClient().ConnectAsync);
        await using var call = await simulator.ConnectAsync(Guard.Token());

        await call.SendStartCallAsync();
        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("hi") });
        var frames = await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(frames.Single().Content, Is.EqualTo("in memory"));
    }

    [Test]
    public async Task WithoutASecretTheSimulatorIsRefused()
    {
        await using var app = await StartTestServerAsync(a => a.MapMillisPrefetch("/prefetch", () => new PrefetchResponse()).RequireMillisSecret());

        var response = await new MillisWebhookSimulator(app.GetTestClient()).WithSecret(null).SendPrefetchAsync("/prefetch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static async Task<WebApplication> StartTestServerAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddMillisWebhooks(o => o.Secrets = new List<string> { TestApp.Secret });
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }
}
