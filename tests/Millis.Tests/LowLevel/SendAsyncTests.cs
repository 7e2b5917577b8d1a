using System.Net;
using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.LowLevel;

/// <summary>The low-level call: any operation, extra header or body field, through the typed methods' pipeline.</summary>
public class SendAsyncTests
{
    [Test]
    public async Task AnOperationWithoutAMethod_IsOneCall_WithTheKeyAndTheExtraHeader()
    {
        string? seen = null;
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            seen = $"{c.Request.Method} {c.Request.Path}{c.Request.QueryString} auth={c.Request.Headers.Authorization} token={c.Request.Headers["token"]}";
            await c.Response.WriteAsJsonAsync(new { items = new[] { new { session_id = "s1" } } });
        });
        using var client = server.CreateClient();

        var response = await client.SendAsync(new MillisRequest(HttpMethod.Get, "/agents/{agent_id}/call-histories")
            .WithPathParameter("agent_id", "a 1").WithQuery("limit", "5").WithHeader("token", "client-token"));

        Assert.That(seen, Is.EqualTo("GET /agents/a%201/call-histories?limit=5 auth=test-key token=client-token"));
        Assert.That(response.StatusCode, Is.EqualTo(200));
        Assert.That(response.As<CallHistoryResponse>()!.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task AnExtraBodyField_IsMergedIntoTheModelsJson()
    {
        string? body = null;
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            body = await new StreamReader(c.Request.Body).ReadToEndAsync();
            await c.Response.WriteAsync("{\"success\":true}");
        });
        using var client = server.CreateClient();

        await client.SendAsync(new MillisRequest(HttpMethod.Post, "/phones/{phone}/set_agent")
            .WithPathParameter("phone", "+15551234567").WithBody(new SetAgentRequest { AgentId = "a1" }).WithBodyField("priority", 2));

        JsonAssert.SemanticallyEqual("""{"agent_id":"a1","priority":2}""", body!);
    }

    [Test]
    public async Task AnUnknownPost_IsNeverRepeated_AnUnknownGetIs()
    {
        await using var server = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var options = server.Options();
        options.MaxRetries = 1;
        options.MaxRetryDelay = TimeSpan.Zero;
        using var client = new MillisClient(options);

        Assert.ThrowsAsync<MillisServerException>(() => client.SendAsync(new MillisRequest(HttpMethod.Post, "/agents/{agent_id}/clone").WithPathParameter("agent_id", "a1")));
        var afterPost = server.Requests;
        Assert.ThrowsAsync<MillisServerException>(() => client.SendAsync(new MillisRequest(HttpMethod.Get, "/agents/{agent_id}/stats").WithPathParameter("agent_id", "a1")));

        Assert.That((afterPost, server.Requests - afterPost), Is.EqualTo((1, 2)));
    }

    [Test]
    public async Task AKnownOperation_KeepsItsRetryClass()
    {
        await using var server = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var options = server.Options();
        options.MaxRetries = 1;
        options.MaxRetryDelay = TimeSpan.Zero;
        using var client = new MillisClient(options);

        Assert.ThrowsAsync<MillisServerException>(() => client.SendAsync(new MillisRequest(HttpMethod.Put, "/agents/{agent_id}").WithPathParameter("agent_id", "a1").WithBody(new { name = "n" })));

        Assert.That(server.Requests, Is.EqualTo(2));
    }

    [Test]
    public async Task AnErrorStatus_IsTheTypedException_WithFastApisDetail()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = 404;
            await c.Response.WriteAsync("{\"detail\":\"Agent not found\"}");
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisNotFoundException>(() => client.SendAsync(new MillisRequest(HttpMethod.Get, "/agents/{agent_id}").WithPathParameter("agent_id", "nope")));

        Assert.That((ex!.Detail, ex.Path), Is.EqualTo(("Agent not found", "/agents/{agent_id}")));
    }

    [Test]
    public void AMissingPathParameter_IsRefusedBeforeSending()
    {
        using var client = new MillisClient(new MillisClientOptions { ApiKey = "k" });

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync(new MillisRequest(HttpMethod.Get, "/agents/{agent_id}")));

        Assert.That(ex!.Message, Does.Contain("agent_id"));
    }

    [TestCase("authorization", "x")]
    [TestCase("token", "a\r\nX-Injected: 1")]
    public void AHeaderThatWouldOverrideTheKeyOrInjectHeaders_IsRefused(string name, string value)
    {
        Assert.Throws<ArgumentException>(() => new MillisRequest(HttpMethod.Get, "/user/info").WithHeader(name, value));
    }

    [TestCase(".")]
    [TestCase("..")]
    [TestCase("a/b")]
    public void APathParameterThatIsNotOneSegment_IsRefused(string value)
    {
        Assert.Throws<ArgumentException>(() => new MillisRequest(HttpMethod.Get, "/agents/{agent_id}").WithPathParameter("agent_id", value));
    }
}
