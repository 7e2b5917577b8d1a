using Microsoft.AspNetCore.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Common;

/// <summary>
/// An id that would not survive as one path segment is refused before anything is sent, against a real server that
/// counts what reaches it: a dot segment would otherwise change the route (GET /campaigns/./info is GET /campaigns/info).
/// </summary>
public class PathSegmentLoopbackTests
{
    private static Task<LoopbackServer> CountingServer() => LoopbackServer.StartAsync(async c =>
    {
        c.Response.ContentType = "application/json";
        await c.Response.WriteAsync("{}");
    });

    [TestCase(".")]
    [TestCase("..")]
    public async Task ADotSegmentAsACampaignId_IsRefusedNamingTheParameter_AndNothingIsSent(string id)
    {
        await using var server = await CountingServer();
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.Campaigns.GetInfoAsync(id));

        Assert.That(ex!.ParamName, Is.EqualTo("campaignId"));
        Assert.That(ex.Message, Does.Contain("dot segment"));
        Assert.That(server.Requests, Is.Zero);
    }

    [Test]
    public async Task ADotDotPhoneWhenDeletingARecord_IsRefused_SoTheCampaignItselfIsNeverTheTarget()
    {
        await using var server = await CountingServer();
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.Campaigns.DeleteRecordAsync("c1", ".."));

        Assert.That(ex!.ParamName, Is.EqualTo("phone"));
        Assert.That(server.Requests, Is.Zero);
    }

    [Test]
    public async Task AnIdWithASlash_IsRefusedWithItsIndex()
    {
        await using var server = await CountingServer();
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.Agents.GetAsync("a1/../../user"));

        Assert.That(ex!.Message, Does.Contain("'/' at index 2"));
        Assert.That(server.Requests, Is.Zero);
    }

    [Test]
    public async Task AnIdWithALoneSurrogate_IsRefusedInsteadOfBeingSentAsAnotherId()
    {
        await using var server = await CountingServer();
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => client.Agents.GetAsync("a\uD800b"));

        Assert.That(ex!.Message, Does.Contain("lone UTF-16 surrogate at index 1"));
        Assert.That(server.Requests, Is.Zero);
    }

    [Test]
    public async Task AnIdWithAPairedSurrogate_IsSentEscaped()
    {
        string? path = null;
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            path = c.Request.Path.Value;
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync("""{"id":"a","name":"n","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"v"}},"created_at":1}""");
        });
        using var client = server.CreateClient();

        await client.Agents.GetAsync("a\U0001F600");

        Assert.That(path, Is.EqualTo("/agents/a\U0001F600"));
    }
}
