using FsCheck;
using Millis.Models;
using Millis.Tests.TestSupport;
using Newtonsoft.Json;

namespace Millis.Tests.Agents;

/// <summary>Webhook: a URL string or a WebhookConfig object.</summary>
public class WebhookTests
{
    private const string Url = "https://example.com/hook";

    [Test]
    public void ReadsStringIntoUrlBranch()
    {
        var webhook = JsonConvert.DeserializeObject<Webhook>("\"https://example.com/hook\"")!;

        Assert.That(webhook.IsUrl, Is.True);
        Assert.That(webhook.IsConfig, Is.False);
        Assert.That(webhook.IsUnknown, Is.False);
        Assert.That(webhook.Url, Is.EqualTo(Url));
        Assert.That(webhook.Config, Is.Null);
    }

    [Test]
    public void ReadsObjectIntoConfigBranch()
    {
        var webhook = JsonConvert.DeserializeObject<Webhook>("""{"url":"https://example.com/hook","headers":{"X-Key":"secret"}}""")!;

        Assert.That(webhook.IsConfig, Is.True);
        Assert.That(webhook.IsUrl, Is.False);
        Assert.That(webhook.Config!.Url, Is.EqualTo(Url));
        Assert.That(webhook.Config.Headers!["X-Key"], Is.EqualTo("secret"));
        Assert.That(webhook.EffectiveUrl, Is.EqualTo(Url));
    }

    [Test]
    public void WritesStringFormBackAsString()
    {
        const string json = "\"https://example.com/hook\"";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Webhook>(json)), Is.EqualTo(json));
    }

    [Test]
    public void WritesObjectFormBackAsObject()
    {
        const string json = """{"url":"https://example.com/hook","headers":{"X-Key":"secret"}}""";

        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Webhook>(json)));
    }

    [Test]
    public void AHeaderValueThatIsNoString_IsKeptRawAndWrittenBackUnchanged()
    {
        const string json = """{"url":"https://example.com/hook","headers":{"X-Key":"secret","X-Count":2}}""";

        var webhook = SdkJson.Read<Webhook>(json, out var problems);

        Assert.That(webhook.Config!.Headers, Is.EqualTo(new Dictionary<string, string> { ["X-Key"] = "secret" }));
        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[] { "headers.X-Count" }));
        JsonAssert.SemanticallyEqual(json, SdkJson.Write(webhook));
    }

    [Test]
    public void WritesObjectFormWithOnlyUrlBackAsObject()
    {
        const string json = """{"url":"https://example.com/hook"}""";

        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Webhook>(json)));
    }

    [Test]
    public void KeepsUnknownExtraPropertiesOfObjectForm()
    {
        const string json = """{"url":"https://example.com/hook","headers":{},"retry":{"max":3,"backoff":[1,2,4]},"signing":"hmac"}""";

        var webhook = JsonConvert.DeserializeObject<Webhook>(json)!;

        Assert.That(webhook.IsConfig, Is.True);
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(webhook));
    }

    [Test]
    public void KeepsDateLikeHeaderValuesAsTheStringsReceived()
    {
        const string json = """{"url":"https://example.com/hook","headers":{"If-Modified-Since":"2024-05-01T10:00:00+02:00"}}""";

        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Webhook>(json)));
    }

    [Test]
    public void ConvertsImplicitlyFromString()
    {
        Webhook webhook = Url;

        Assert.That(webhook.Url, Is.EqualTo(Url));
        Assert.That(JsonConvert.SerializeObject(webhook), Is.EqualTo("\"https://example.com/hook\""));
    }

    [Test]
    public void ConvertsImplicitlyFromConfig()
    {
        Webhook webhook = new WebhookConfig { Url = Url };

        Assert.That(webhook.Config!.Url, Is.EqualTo(Url));
        JsonAssert.SemanticallyEqual("""{"url":"https://example.com/hook"}""", JsonConvert.SerializeObject(webhook));
    }

    [Test]
    public void WithHeadersWritesObjectForm()
    {
        var webhook = Webhook.WithHeaders(Url, new Dictionary<string, string> { ["X-Key"] = "secret" });

        JsonAssert.SemanticallyEqual("""{"url":"https://example.com/hook","headers":{"X-Key":"secret"}}""", JsonConvert.SerializeObject(webhook));
    }

    [Test]
    public void TryPickReturnsOnlyTheFormHeld()
    {
        Webhook webhook = Url;

        Assert.That(webhook.TryPickUrl(out var url), Is.True);
        Assert.That(url, Is.EqualTo(Url));
        Assert.That(webhook.TryPickConfig(out var config), Is.False);
        Assert.That(config, Is.Null);
    }

    [Test]
    public void MatchCallsTheHandlerOfTheFormHeld()
    {
        Webhook url = Url;
        Webhook config = new WebhookConfig { Url = "https://other.example/" };

        Assert.That(url.Match(u => "url " + u, c => "config " + c.Url), Is.EqualTo("url " + Url));
        Assert.That(config.Match(u => "url " + u, c => "config " + c.Url), Is.EqualTo("config https://other.example/"));
    }

    [Test]
    public void SwitchRunsTheActionOfTheFormHeld()
    {
        Webhook webhook = new WebhookConfig { Url = Url };
        var ran = "";

        webhook.Switch(_ => ran = "url", _ => ran = "config", _ => ran = "unknown");

        Assert.That(ran, Is.EqualTo("config"));
    }

    [TestCase("42")]
    [TestCase("true")]
    [TestCase("[\"https://a.example\",\"https://b.example\"]")]
    [TestCase("""{"endpoint":"https://example.com/hook","headers":{}}""")]
    public void ReadsUnknownShapeWithoutThrowing(string json)
    {
        var webhook = JsonConvert.DeserializeObject<Webhook>(json)!;

        Assert.That(webhook.IsUnknown, Is.True);
        Assert.That(webhook.IsUrl || webhook.IsConfig, Is.False);
        Assert.That(webhook.EffectiveUrl, Is.Null);
    }

    [Test]
    public void UnknownJsonHoldsTheRawJson()
    {
        const string json = """{"endpoint":"https://example.com/hook","retries":3}""";

        Assert.That(JsonConvert.DeserializeObject<Webhook>(json)!.UnknownJson, Is.EqualTo(json));
    }

    [Test]
    public void WritesUnknownShapeBackUnchanged()
    {
        const string json = """{"endpoint":"https://example.com/hook","retries":3,"nested":{"a":[true,null,"x"]}}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Webhook>(json)), Is.EqualTo(json));
    }

    [Test]
    public void WritesUnknownShapeWithDateLikeStringBackUnchanged()
    {
        const string json = """{"endpoint":"https://example.com/hook","since":"2024-05-01T10:00:00+02:00"}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Webhook>(json)), Is.EqualTo(json));
    }

    [Test]
    public void UnknownReasonNamesTheFieldAndTheAcceptedForms()
    {
        var config = JsonConvert.DeserializeObject<PartialAgentConfig>("""{"session_data_webhook":42}""")!;

        var reason = config.SessionDataWebhook!.UnknownReason;

        Assert.That(reason, Does.Contain("session_data_webhook"));
        Assert.That(reason, Does.Contain("URL string").And.Contain("\"url\""));
        Assert.That(reason, Does.Contain("42"));
    }

    [Test]
    public void UnknownFieldInsideAModelWritesBackUnchanged()
    {
        const string json = """{"session_data_webhook":{"endpoint":"https://example.com/hook"},"prompt":"hi"}""";

        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<PartialAgentConfig>(json)));
    }

    [Test]
    public void MatchWithoutUnknownHandlerThrowsWithTheReason()
    {
        var webhook = JsonConvert.DeserializeObject<Webhook>("42")!;

        var ex = Assert.Throws<InvalidOperationException>(() => webhook.Match(u => u, c => c.Url));

        Assert.That(ex!.Message, Does.Contain(webhook.UnknownReason));
    }

    [Test]
    public void MatchWithUnknownHandlerPassesTheRawJson()
    {
        var webhook = JsonConvert.DeserializeObject<Webhook>("[1,2]")!;

        Assert.That(webhook.Match(u => u, c => c.Url, raw => "raw " + raw), Is.EqualTo("raw [1,2]"));
    }

    [Test]
    public void SwitchWithoutUnknownHandlerThrowsOnUnknownShape()
    {
        var webhook = JsonConvert.DeserializeObject<Webhook>("42")!;

        Assert.Throws<InvalidOperationException>(() => webhook.Switch(_ => { }, _ => { }));
    }

    [Test]
    public void ReadsJsonNullAsNull()
    {
        Assert.That(JsonConvert.DeserializeObject<Webhook>("null"), Is.Null);
    }

    [Test]
    public void NullUrlThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new Webhook((string)null!));
    }

    [Test]
    public void NullConfigThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new Webhook((WebhookConfig)null!));
    }

    [Test]
    public void NullUrlOfWithHeadersThrows()
    {
        Assert.Throws<ArgumentNullException>(() => Webhook.WithHeaders(null!, new Dictionary<string, string>()));
    }

    [FsCheck.NUnit.Property]
    public void EveryUrlRoundTripsAsString(NonNull<string> url)
    {
        var json = JsonConvert.SerializeObject(new Webhook(url.Get));
        var back = JsonConvert.DeserializeObject<Webhook>(json)!;

        Assert.That(json, Is.EqualTo(JsonConvert.SerializeObject(url.Get)));
        Assert.That(back.Url, Is.EqualTo(url.Get));
    }

    [FsCheck.NUnit.Property]
    public void EveryConfigRoundTripsAsObject(NonNull<string> url, NonNull<string> headerName, NonNull<string> headerValue)
    {
        var webhook = Webhook.WithHeaders(url.Get, new Dictionary<string, string> { [headerName.Get] = headerValue.Get });

        var json = JsonConvert.SerializeObject(webhook);
        var back = JsonConvert.DeserializeObject<Webhook>(json)!;

        Assert.That(back.IsConfig, Is.True);
        Assert.That(back.Config!.Url, Is.EqualTo(url.Get));
        Assert.That(back.Config.Headers![headerName.Get], Is.EqualTo(headerValue.Get));
        Assert.That(JsonConvert.SerializeObject(back), Is.EqualTo(json));
    }
}
