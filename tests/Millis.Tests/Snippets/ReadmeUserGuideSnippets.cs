using System.Net.Http;
using Millis.Agents;
using Millis.Models;

namespace Millis.Tests.Snippets;

/// <summary>The README's user-guide snippets (unit-testing fakes, the mock's Prefer header), kept compiling and working.</summary>
public class ReadmeUserGuideSnippets
{
    // --- README: unit-testing ---
    private sealed class FakeAgents(params Agent[] agents) : AgentsClient
    {
        public override Task<IReadOnlyList<Agent>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<Agent>>(agents);
    }

    private sealed class FakeMillis(AgentsClient agents) : MillisClient(forMocking: true)
    {
        public override AgentsClient Agents => agents;
    }

    // --- README: the local mock ---
    private sealed class PreferStatus(int code) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.Headers.TryAddWithoutValidation("Prefer", $"code={code}");
            return base.SendAsync(request, ct);
        }
    }
    // --- end ---

    [Test]
    public async Task FakesReplaceTheResourceClients()
    {
        var client = new FakeMillis(new FakeAgents(new Agent { Id = "a1", Name = "tmp-demo" }));

        var agents = await client.Agents.ListAsync();

        Assert.That(agents.Single().Id, Is.EqualTo("a1"));
    }

    [Test]
    public void AFakeCanThrowWhatTheApiWould()
    {
        var error = new MillisNotFoundException(new MillisErrorDetails(404, "GET", "/agents/{agent_id}"));

        Assert.That(error.StatusCode, Is.EqualTo(404));
    }

    [Test]
    public void ThePreferHandlerFitsInFrontOfTheClient()
    {
        var options = new MillisClientOptions { ApiKey = "any-key", BaseUrl = new Uri("http://127.0.0.1:4010/") };
        using var http = new HttpClient(new PreferStatus(404));
        using var client = new MillisClient(http, options);

        Assert.That(client.Options.EffectiveBaseUrl.Port, Is.EqualTo(4010));
    }
}
