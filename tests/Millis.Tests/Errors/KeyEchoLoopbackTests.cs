using Microsoft.AspNetCore.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Errors;

/// <summary>Issue 12 §2: a server that echoes the key where the SDK prints things (a request-id header, a field that fails to convert).</summary>
public class KeyEchoLoopbackTests
{
    private const string Key = "test-key-0123456789";

    private static MillisClient Client(Uri baseUrl, bool strict = false) =>
        new(new MillisClientOptions { ApiKey = Key, BaseUrl = baseUrl, MaxRetries = 0, StrictResponses = strict });

    [Test]
    public async Task KeyEchoedInTheRequestIdHeader_IsMaskedInRequestIdMessageAndToString()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 500;
            context.Response.Headers["x-request-id"] = "req-" + context.Request.Headers.Authorization;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"detail":"boom"}""");
        });
        using var client = Client(server.BaseUrl);

        var ex = Assert.ThrowsAsync<MillisServerException>(() => client.Agents.ListAsync());

        Assert.That(ex!.RequestId, Is.EqualTo("req-***"));
        Assert.That(ex.ToString(), Does.Not.Contain(Key));
    }

    [Test]
    public async Task KeyEchoedIntoAFieldThatFailsToConvert_IsNeitherInTheMessageNorInTheInnerException()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            var agent = """{"id":"a","name":"n","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"v"}},"created_at":"KEY"}""";
            await context.Response.WriteAsync(agent.Replace("KEY", context.Request.Headers.Authorization.ToString(), StringComparison.Ordinal));
        });
        using var client = Client(server.BaseUrl, strict: true);

        var ex = Assert.CatchAsync<MillisApiException>(() => client.Agents.GetAsync("a"));

        Assert.That(ex!.Message, Does.Not.Contain(Key));
        Assert.That(ex.ToString(), Does.Not.Contain(Key), "the inner exception quoted the key");
        Assert.That(ex.InnerException, Is.Not.Null, "the reason is kept");
        Assert.That(ex.InnerException!.Message, Does.Not.Contain(Key));
        Assert.That(ex.BodyExcerpt, Does.Not.Contain(Key), "the body excerpt is masked");
    }
}
