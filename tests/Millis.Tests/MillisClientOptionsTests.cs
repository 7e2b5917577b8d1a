using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Millis.Tests.TestSupport;

namespace Millis.Tests;

public class MillisClientOptionsTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void MissingOrBlankKey_IsRejectedNamingApiKeyAndTheEnvironmentVariable(string? key)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClient(new MillisClientOptions { ApiKey = key }));

        Assert.That(ex!.ParamName, Is.EqualTo("ApiKey"));
        Assert.That(ex.Message, Does.Contain("ApiKey").And.Contain("MILLIS_API_KEY"));
    }

    [Test]
    public void StringConstructor_RejectsABlankKeyNamingApiKey()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClient(" "));

        Assert.That(ex!.Message, Does.Contain("ApiKey").And.Contain("MILLIS_API_KEY"));
    }

    [TestCase("http://api.example.com/")]
    [TestCase("http://10.0.0.5:8080/")]
    [TestCase("ftp://127.0.0.1/")]
    public void NonHttpsBaseUrl_IsRejectedUnlessLoopback(string url)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri(url) }));

        Assert.That(ex!.ParamName, Is.EqualTo("BaseUrl"));
        Assert.That(ex.Message, Does.Contain("https"));
    }

    [TestCase("http://127.0.0.1:8080/")]
    [TestCase("http://localhost:5000/")]
    [TestCase("http://[::1]:5000/")]
    [TestCase("https://proxy.example.com/millis/")]
    public void HttpsOrLoopbackBaseUrl_IsAccepted(string url)
    {
        using var client = new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri(url) });

        Assert.That(client.Options.EffectiveBaseUrl, Is.EqualTo(new Uri(url)));
    }

    [TestCase(MillisRegion.UsWest, "https://api-west.millis.ai/")]
    [TestCase(MillisRegion.EuWest, "https://api-eu-west.millis.ai/")]
    public void Region_MapsToItsGateway_AndBecomesTheBaseAddress(MillisRegion region, string url)
    {
        using var http = new HttpClient();
        using var client = new MillisClient(http, new MillisClientOptions { ApiKey = "k", Region = region });

        Assert.That(client.Options.EffectiveBaseUrl, Is.EqualTo(new Uri(url)));
        Assert.That(http.BaseAddress, Is.EqualTo(new Uri(url)));
    }

    [Test]
    public void DefaultRegion_IsUsWest()
    {
        Assert.That(new MillisClientOptions().EffectiveBaseUrl, Is.EqualTo(new Uri("https://api-west.millis.ai/")));
    }

    [Test]
    public void BaseUrl_OverridesTheRegion_AndGetsATrailingSlash()
    {
        var options = new MillisClientOptions { Region = MillisRegion.EuWest, BaseUrl = new Uri("https://proxy.test/millis") };

        Assert.That(options.EffectiveBaseUrl.AbsoluteUri, Is.EqualTo("https://proxy.test/millis/"));
    }

    [Test]
    public void Client_SendsTheRawKeyAndAnSdkUserAgent()
    {
        using var http = new HttpClient();
        using var client = new MillisClient(http, new MillisClientOptions { ApiKey = "secret-1", ApplicationId = "my-app" });

        Assert.That(http.DefaultRequestHeaders.GetValues("authorization"), Is.EqualTo(new[] { "secret-1" }));
        Assert.That(http.DefaultRequestHeaders.UserAgent.ToString(), Does.StartWith("my-app millis-dotnet/"));
    }

    [Test]
    public void Options_AreFrozenOnceAClientWasBuiltFromThem()
    {
        var options = new MillisClientOptions { ApiKey = "k" };
        using var client = new MillisClient(options);

        Assert.Throws<InvalidOperationException>(() => options.ApiKey = "other");
        Assert.Throws<InvalidOperationException>(() => options.MaxRetries = 5);
        Assert.That(client.Options.ApiKey, Is.EqualTo("k"));
    }

    [Test]
    public void Clone_OfFrozenOptions_CanBeChanged()
    {
        var options = new MillisClientOptions { ApiKey = "k", MaxRetries = 4 };
        using var client = new MillisClient(options);

        var copy = options.Clone();
        copy.ApiKey = "other";

        Assert.That((copy.ApiKey, copy.MaxRetries, options.ApiKey), Is.EqualTo(("other", 4, "k")));
    }

    [Test]
    public void ToString_RedactsTheKey()
    {
        var options = new MillisClientOptions { ApiKey = "sk-very-secret" };

        Assert.That(options.ToString(), Does.Not.Contain("sk-very-secret").And.Contain("ApiKey = ***"));
        using var client = new MillisClient(options);
        Assert.That(client.ToString(), Does.Not.Contain("sk-very-secret"));
    }

    [TestCase(-1)]
    [TestCase(11)]
    public void MaxRetriesOutOfRange_IsRejectedNamingTheSetting(int retries)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClientOptions { ApiKey = "k", MaxRetries = retries }.Validate());

        Assert.That(ex!.ParamName, Is.EqualTo("MaxRetries"));
    }

    [Test]
    public void NonPositiveTimeout_IsRejectedNamingTheSetting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClientOptions { ApiKey = "k", Timeout = TimeSpan.Zero }.Validate());

        Assert.That(ex!.ParamName, Is.EqualTo("Timeout"));
    }

    [Test]
    public void ParameterlessConstructor_ReadsMillisApiKey()
    {
        var saved = Environment.GetEnvironmentVariable("MILLIS_API_KEY");
        try
        {
            Environment.SetEnvironmentVariable("MILLIS_API_KEY", "from-env");

            using var client = new MillisClient();

            Assert.That(client.Options.ApiKey, Is.EqualTo("from-env"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("MILLIS_API_KEY", saved);
        }
    }

    [Test]
    public void ParameterlessConstructor_WithoutTheVariable_NamesIt()
    {
        var saved = Environment.GetEnvironmentVariable("MILLIS_API_KEY");
        try
        {
            Environment.SetEnvironmentVariable("MILLIS_API_KEY", null);

            var ex = Assert.Throws<ArgumentException>(() => new MillisClient());

            Assert.That(ex!.Message, Does.Contain("MILLIS_API_KEY"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("MILLIS_API_KEY", saved);
        }
    }

    [Test]
    public void StreamLimits_DefaultToThirtySecondsForTheFirstEventAndFifteenBetweenEvents()
    {
        var options = new MillisClientOptions();

        Assert.That(options.StreamFirstEventTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(options.StreamIdleTimeout, Is.EqualTo(TimeSpan.FromSeconds(15)));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(0.005)]
    [TestCase(15 * 86_400.0)]
    public void OutOfRangeStreamFirstEventTimeout_IsRejectedNamingTheSettingItsRangeAndTheFormat(double seconds)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClientOptions { ApiKey = "k", StreamFirstEventTimeout = TimeSpan.FromSeconds(seconds) }.Validate());

        Assert.That(ex!.ParamName, Is.EqualTo("StreamFirstEventTimeout"));
        Assert.That(ex.Message, Does.Contain("MillisClientOptions.StreamFirstEventTimeout").And.Contain("between 10 ms and 1 hour").And.Contain("\"00:00:30\"").And.Contain("InfiniteTimeSpan"));
    }

    [TestCase(0.0)]
    [TestCase(2 * 3600.0)]
    public void OutOfRangeStreamIdleTimeout_IsRejectedNamingTheSettingItsRangeAndTheFormat(double seconds)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MillisClientOptions { ApiKey = "k", StreamIdleTimeout = TimeSpan.FromSeconds(seconds) }.Validate());

        Assert.That(ex!.ParamName, Is.EqualTo("StreamIdleTimeout"));
        Assert.That(ex.Message, Does.Contain("MillisClientOptions.StreamIdleTimeout").And.Contain("between 10 ms and 1 hour").And.Contain("\"00:00:15\"").And.Contain("a bare number means days"));
    }

    [Test]
    public void InfiniteStreamLimits_AreAcceptedAndCloned()
    {
        var options = new MillisClientOptions { ApiKey = "k", StreamFirstEventTimeout = Timeout.InfiniteTimeSpan, StreamIdleTimeout = TimeSpan.FromMilliseconds(10) };

        options.Validate();
        var clone = options.Clone();

        Assert.That(clone.StreamFirstEventTimeout, Is.EqualTo(Timeout.InfiniteTimeSpan));
        Assert.That(clone.StreamIdleTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(10)));
    }

    [Test]
    public void StreamLimitsBindFromConfigurationAsTimeSpans()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Millis:ApiKey"] = "k", ["Millis:StreamFirstEventTimeout"] = "00:00:05", ["Millis:StreamIdleTimeout"] = "15" })
            .Build();
        var options = new MillisClientOptions();

        ConfigurationBinder.Bind(configuration.GetSection("Millis"), options);

        Assert.That(options.StreamFirstEventTimeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
        var ex = Assert.Throws<ArgumentException>(options.Validate);
        Assert.That(ex!.Message, Does.Contain("StreamIdleTimeout").And.Contain("15.00:00:00"));
    }
}
