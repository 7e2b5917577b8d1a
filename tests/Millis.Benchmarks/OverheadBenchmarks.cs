using System.Net;
using System.Net.Http;
using BenchmarkDotNet.Attributes;
using Millis.Generated;
using Millis.Models;

namespace Millis.Benchmarks;

/// <summary>
/// The facade's own cost isolated from the network: GET agent through (b) the raw client and (c) the facade over an
/// in-memory handler that answers with the same bytes the server sends. c − b here is what the pipeline adds per call.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private AgentsRawClient _raw = null!;
    private MillisClient _facade = null!;

    /// <summary>When true the handler answers asynchronously (as a socket does), so every async layer really suspends.</summary>
    [Params(false, true)]
    public bool AsyncHandler { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var url = new Uri("http://127.0.0.1:1/");
        var rawHttp = new HttpClient(new CannedHandler(AsyncHandler));
        _raw = new AgentsRawClient(Clients.RawCall(rawHttp, url, Millis.Http.MillisOperations.AgentsGet), rawHttp);
        _facade = new MillisClient(new HttpClient(new CannedHandler(AsyncHandler)), Clients.Options(url));
    }

    [Benchmark(Baseline = true)]
    public Task<Agent> RawGetAgentInMemory() => _raw.GetAgentAsync(Payloads.AgentId);

    [Benchmark]
    public Task<Agent> FacadeGetAgentInMemory() => _facade.Agents.GetAsync(Payloads.AgentId);

    private sealed class CannedHandler(bool yields) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (yields)
            {
                await Task.Yield();
            }

            var content = new ByteArrayContent(Payloads.Agent);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }
}
