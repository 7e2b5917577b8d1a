using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Millis.Prism;

namespace Millis.Probe.Tests;

/// <summary>build/probe-live against a fake upstream on loopback that answers with responses drifted from spec/.</summary>
[TestFixture]
[Category("Contract")]
[NonParallelizable]
public class LiveProbeTests
{
    private WebApplication _upstream = null!;
    private PrismProcess _proxy = null!;

    [OneTimeSetUp]
    public async Task StartFakeUpstreamAndProxy()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FreePort();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        _upstream = builder.Build();
        _upstream.MapGet("/agents", () => Results.Text("[]", "application/json"));
        // Drift: create_at is a string here, the spec says number.
        _upstream.MapGet("/phones", () => Results.Text("""[{"id":"+15551234567","create_at":"2024-01-01","status":"active"}]""", "application/json"));
        _upstream.MapGet("/voices", () => Results.Text("""[{"provider":"elevenlabs","voice_id":"v1","name":"Rachel"}]""", "application/json"));
        _upstream.MapGet("/call-logs", () => Results.Text("""{"histories":[],"next_cursor":null}""", "application/json"));
        // Drift: the required auto_refill is missing.
        _upstream.MapGet("/user/info", () => Results.Text("""{"user_id":"u1","credit":10.5,"used_credit":1}""", "application/json"));
        await _upstream.StartAsync();
        _proxy = await PrismProcess.StartProxyAsync(Repository.Root, new Uri($"http://127.0.0.1:{port}"));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        if (_upstream is not null)
        {
            await _upstream.DisposeAsync();
        }
    }

    [Test]
    public async Task ReportsAResponseFieldWhoseTypeDisagreesWithTheSpec()
    {
        var findings = await LiveProbe.RunAsync(_proxy.BaseUrl, "probe-key", TextWriter.Null);

        Assert.That(findings, Has.Some.Contains("GET /phones").And.Contains("[0].create_at").And.Contains("number"));
    }

    [Test]
    public async Task ReportsAMissingRequiredResponseField()
    {
        var findings = await LiveProbe.RunAsync(_proxy.BaseUrl, "probe-key", TextWriter.Null);

        Assert.That(findings, Has.Some.Contains("GET /user/info").And.Contains("auto_refill"));
    }

    [Test]
    public async Task ReportsNothingForResponsesThatMatchTheSpec()
    {
        var findings = await LiveProbe.RunAsync(_proxy.BaseUrl, "probe-key", TextWriter.Null);

        Assert.That(findings.Where(f => f.StartsWith("GET /agents", StringComparison.Ordinal) || f.StartsWith("GET /voices", StringComparison.Ordinal) || f.StartsWith("GET /call-logs", StringComparison.Ordinal)), Is.Empty);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
