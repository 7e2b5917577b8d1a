using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests;

/// <summary>Issue 12 §2 and §5: a key that cannot inject headers or leak, time settings that read right.</summary>
public class MillisClientOptionsHardeningTests
{
    private const string Key = "test-key";

    /// <summary>Builds a client with the key and sends one request to a loopback server; what happened and what the server saw.</summary>
    private static async Task<(ArgumentException? Refused, int Requests, IReadOnlyCollection<string> HeaderNames)> TryKeyAsync(string key)
    {
        var headers = new ConcurrentBag<string>();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            foreach (var name in context.Request.Headers.Keys)
            {
                headers.Add(name.ToLowerInvariant());
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[]");
        });
        try
        {
            using var client = new MillisClient(new MillisClientOptions { ApiKey = key, BaseUrl = server.BaseUrl, MaxRetries = 0 });
            await client.Agents.ListAsync();
            return (null, server.Requests, headers.ToList());
        }
        catch (ArgumentException ex)
        {
            return (ex, server.Requests, headers.ToList());
        }
    }

    [Test]
    public async Task KeyWithCrLf_IsRefusedBeforeAnythingIsSent_SoNoHeaderIsInjected()
    {
        var (refused, requests, headers) = await TryKeyAsync(Key + "\r\nX-Injected: 1");

        Assert.That(headers, Does.Not.Contain("x-injected"), $"the server received an injected header ({requests} request(s))");
        Assert.That(requests, Is.Zero);
        Assert.That(refused, Is.Not.Null);
        Assert.That(refused!.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(refused.Message, Does.Contain("carriage return").And.Contain("index 8"));
        Assert.That(refused.Message, Does.Not.Contain(Key).And.Not.Contain("X-Injected"));
    }

    [Test]
    public async Task KeyWithATrailingNewline_IsRefusedSayingItIsTheLastCharacterAndToTrimIt()
    {
        var (refused, requests, _) = await TryKeyAsync(Key + "\n");

        Assert.That(refused, Is.Not.Null, $"accepted; the server got {requests} request(s)");
        Assert.That(refused!.Message, Does.Contain("line feed").And.Contain("index 8 of 9 (the last character)").And.Contain("trim"));
        Assert.That(refused.Message, Does.Not.Contain(Key));
    }

    [Test]
    public async Task KeyWithANonAsciiCharacter_IsRefusedNamingItsCodeAndIndex()
    {
        var (refused, requests, _) = await TryKeyAsync("test\u00A0key");

        Assert.That(refused, Is.Not.Null, $"accepted; the server got {requests} request(s)");
        Assert.That(refused!.Message, Does.Contain("non-ASCII").And.Contain("U+00A0").And.Contain("index 4"));
        Assert.That(refused.Message, Does.Not.Contain("test"));
    }

    [Test]
    public async Task KeyStartingWithBearer_IsRefusedSayingMillisTakesTheRawKey()
    {
        var (refused, requests, _) = await TryKeyAsync("Bearer " + Key);

        Assert.That(refused, Is.Not.Null, $"accepted; the server got {requests} request(s)");
        Assert.That(refused!.Message, Does.Contain("raw key").And.Contain("Bearer"));
        Assert.That(refused.Message, Does.Not.Contain(Key));
    }

    [Test]
    public async Task BaseUrlWithUserInfo_IsRefusedWithoutEchoingIt()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("[]");
        });
        var url = new UriBuilder(server.BaseUrl) { UserName = Key }.Uri;
        string? printed = null;
        ArgumentException? refused = null;
        try
        {
            using var client = new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = url, MaxRetries = 0 });
            printed = client.ToString();
            await client.Agents.ListAsync();
        }
        catch (ArgumentException ex)
        {
            refused = ex;
        }

        Assert.That(refused, Is.Not.Null, $"accepted; the client printed as {printed}; the server got {server.Requests} request(s)");
        Assert.That(refused!.ParamName, Is.EqualTo("BaseUrl"));
        Assert.That(refused.Message, Does.Contain("user-info").And.Not.Contain(Key));
        Assert.That(server.Requests, Is.Zero);
    }

    [Test]
    public void OptionsWithUserInfoInBaseUrl_PrintWithoutIt()
    {
        var options = new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("https://" + Key + "@proxy.test/millis/") };

        Assert.That(options.ToString(), Does.Not.Contain(Key).And.Contain("https://proxy.test/millis/"));
    }

    [Test]
    public void OptionsSerializedWithJsonNet_DoNotContainTheKey()
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(new MillisClientOptions { ApiKey = Key, LoggerFactory = new CapturingLoggerFactory() });

        Assert.That(json, Does.Not.Contain(Key).And.Contain("MaxRetries"));
    }

    [Test]
    public void OptionsSerializedWithSystemTextJson_DoNotContainTheKey()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new MillisClientOptions { ApiKey = Key });

        Assert.That(json, Does.Not.Contain(Key).And.Contain("MaxRetries"));
    }

    [TestCase("00:00:00.005", "5 ms")]
    [TestCase("2.00:00:00", "2 days")]
    [TestCase("30.00:00:00", "30 days")]
    public void TimeoutOutsideTenMillisecondsToOneDay_IsRefusedNamingTheSettingRangeAndFormat(string value, string shown)
    {
        var ex = Assert.Catch(() => new MillisClient(new MillisClientOptions { ApiKey = "k", Timeout = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }).Dispose());

        Assert.That(ex, Is.TypeOf<ArgumentException>(), ex!.GetType().FullName + ": " + ex.Message);
        Assert.That(((ArgumentException)ex).ParamName, Is.EqualTo("Timeout"));
        Assert.That(ex.Message, Does.Contain("MillisClientOptions.Timeout").And.Contain("10 ms and 1 day").And.Contain(shown).And.Contain("\"00:00:30\" is 30 seconds"));
        Assert.That(ex.Message, Does.Not.Contain("TimeoutStrategyOptions"));
    }

    [Test]
    public void InfiniteTimeout_IsAccepted()
    {
        Assert.DoesNotThrow(() => new MillisClient(new MillisClientOptions { ApiKey = "k", Timeout = Timeout.InfiniteTimeSpan }).Dispose());
    }

    [TestCase("-00:00:01")]
    [TestCase("2.00:00:00")]
    public void MaxRetryDelayOutsideZeroToOneDay_IsRefusedNamingTheSettingRangeAndFormat(string value)
    {
        var ex = Assert.Catch(() => new MillisClient(new MillisClientOptions { ApiKey = "k", MaxRetryDelay = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) }).Dispose());

        Assert.That(ex, Is.TypeOf<ArgumentException>(), ex!.GetType().FullName + ": " + ex.Message);
        Assert.That(((ArgumentException)ex).ParamName, Is.EqualTo("MaxRetryDelay"));
        Assert.That(ex.Message, Does.Contain("0 and 1 day").And.Contain("\"00:00:30\" is 30 seconds"));
    }
}
