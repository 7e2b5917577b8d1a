using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

/// <summary>Issue 12 §2: redirects never carry a request to another origin, and never re-send a dial.</summary>
public class RedirectTests
{
    private static StartOutboundCallData Dial() => new() { FromPhone = "+15550000000", ToPhone = "+15551234567" };

    /// <summary>A server recording "METHOD path body" of each request it gets, answering "[]" or a call id.</summary>
    private static Task<LoopbackServer> Target(ConcurrentQueue<string> seen) => LoopbackServer.StartAsync(async context =>
    {
        using var reader = new StreamReader(context.Request.Body);
        seen.Enqueue($"{context.Request.Method} {context.Request.Path} {await reader.ReadToEndAsync()}".TrimEnd());
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(context.Request.Method == "GET" ? "[]" : """{"call_id":"c","session_id":"s"}""");
    });

    /// <summary>A server answering every request on <paramref name="path"/> with a redirect to <paramref name="location"/>; others as <see cref="Target"/>.</summary>
    private static Task<LoopbackServer> Redirecting(string path, int status, Func<string> location, ConcurrentQueue<string> seen) => LoopbackServer.StartAsync(async context =>
    {
        using var reader = new StreamReader(context.Request.Body);
        seen.Enqueue($"{context.Request.Method} {context.Request.Path} {await reader.ReadToEndAsync()}".TrimEnd());
        if (context.Request.Path == path)
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location();
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(context.Request.Method == "GET" ? "[]" : """{"call_id":"c","session_id":"s"}""");
    });

    private static MillisClient Client(Uri baseUrl) => new(new MillisClientOptions { ApiKey = "test-key", BaseUrl = baseUrl, MaxRetries = 0 });

    [TestCase(307)]
    [TestCase(308)]
    public async Task DialRedirectedToAnotherHost_IsNotFollowed_AndTheErrorNamesTheLocation(int status)
    {
        var atOther = new ConcurrentQueue<string>();
        var atApi = new ConcurrentQueue<string>();
        await using var other = await Target(atOther);
        await using var api = await Redirecting("/start_outbound_call", status, () => new Uri(other.BaseUrl, "steal").AbsoluteUri, atApi);
        using var client = Client(api.BaseUrl);

        var ex = Assert.CatchAsync(() => client.Calls.StartOutboundAsync(Dial()));

        Assert.That(atOther, Is.Empty, "the dial body was re-sent to another host");
        Assert.That(ex, Is.TypeOf<MillisRedirectException>(), ex?.ToString());
        var redirect = (MillisRedirectException)ex!;
        Assert.That((redirect.StatusCode, redirect.IsCrossOrigin, redirect.Location), Is.EqualTo((status, true, new Uri(other.BaseUrl, "steal"))));
        Assert.That(redirect.Message, Does.Contain(new Uri(other.BaseUrl, "steal").AbsoluteUri).And.Contain("another origin"));
        Assert.That(atApi, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GetRedirectedToAnotherPort_IsNotFollowed()
    {
        var atOther = new ConcurrentQueue<string>();
        await using var other = await Target(atOther);
        await using var api = await Redirecting("/agents", 302, () => new Uri(other.BaseUrl, "agents").AbsoluteUri, new ConcurrentQueue<string>());
        using var client = Client(api.BaseUrl);

        var ex = Assert.CatchAsync(() => client.Agents.ListAsync());

        Assert.That(atOther, Is.Empty, "the request (and its key) went to another origin");
        Assert.That(ex, Is.TypeOf<MillisRedirectException>(), ex?.ToString());
    }

    [Test]
    public async Task DialRedirectedOnTheSameServer_IsNotFollowedEither()
    {
        var atApi = new ConcurrentQueue<string>();
        await using var api = await Redirecting("/start_outbound_call", 307, () => "/v2/start_outbound_call", atApi);
        using var client = Client(api.BaseUrl);

        var ex = Assert.CatchAsync(() => client.Calls.StartOutboundAsync(Dial()));

        Assert.That(atApi.Select(r => r.Split(' ')[1]), Is.EqualTo(new[] { "/start_outbound_call" }), "the dial was sent twice");
        Assert.That(ex, Is.TypeOf<MillisRedirectException>(), ex?.ToString());
        var redirect = (MillisRedirectException)ex!;
        Assert.That(redirect.IsCrossOrigin, Is.False);
        Assert.That(redirect.Location.AbsolutePath, Is.EqualTo("/v2/start_outbound_call"));
        Assert.That(redirect.Message, Does.Contain("/v2/start_outbound_call").And.Contain("creates something or dials"));
    }

    [Test]
    public async Task GetRedirectedOnTheSameServer_IsFollowed()
    {
        var atApi = new ConcurrentQueue<string>();
        await using var api = await Redirecting("/agents", 301, () => "/v2/agents", atApi);
        using var client = Client(api.BaseUrl);

        var agents = await client.Agents.ListAsync();

        Assert.That(agents, Is.Empty);
        Assert.That(atApi.Select(r => r.Split(' ')[1]), Is.EqualTo(new[] { "/agents", "/v2/agents" }));
    }

    [Test]
    public async Task ThroughIHttpClientFactory_ADialRedirectedToAnotherHost_IsNotFollowed()
    {
        var atOther = new ConcurrentQueue<string>();
        await using var other = await Target(atOther);
        await using var api = await Redirecting("/start_outbound_call", 307, () => new Uri(other.BaseUrl, "steal").AbsoluteUri, new ConcurrentQueue<string>());
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "test-key"; o.BaseUrl = api.BaseUrl; o.MaxRetries = 0; });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MillisClient>();

        var ex = Assert.CatchAsync(() => client.Calls.StartOutboundAsync(Dial()));

        Assert.That(atOther, Is.Empty, "the dial body was re-sent to another host");
        Assert.That(ex, Is.TypeOf<MillisRedirectException>(), ex?.ToString());
    }
}
