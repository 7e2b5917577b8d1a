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
    public async Task Region_MapsToItsGateway_WhereRequestsGo(MillisRegion region, string url)
    {
        var seen = new List<System.Net.Http.HttpRequestMessage>();
        using var http = new HttpClient(new Recorder(seen));
        using var client = new MillisClient(http, new MillisClientOptions { ApiKey = "k", Region = region, MaxRetries = 0 });

        await client.Agents.ListAsync();

        Assert.That(client.Options.EffectiveBaseUrl, Is.EqualTo(new Uri(url)));
        Assert.That(seen.Single().RequestUri, Is.EqualTo(new Uri(url + "agents")));
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
    public async Task Client_SendsTheRawKeyAndAnSdkUserAgentOnEachRequest()
    {
        var seen = new List<System.Net.Http.HttpRequestMessage>();
        using var http = new HttpClient(new Recorder(seen));
        using var client = new MillisClient(http, new MillisClientOptions { ApiKey = "secret-1", ApplicationId = "my-app", MaxRetries = 0 });

        await client.Agents.ListAsync();

        Assert.That(seen.Single().Headers.GetValues("authorization"), Is.EqualTo(new[] { "secret-1" }));
        Assert.That(seen.Single().Headers.UserAgent.ToString(), Does.StartWith("my-app millis-dotnet/"));
    }

    [Test]
    public async Task Client_LeavesTheCallersHttpClientUnchanged_SoOneHttpClientCanServeTwoKeys()
    {
        var seen = new List<System.Net.Http.HttpRequestMessage>();
        using var http = new HttpClient(new Recorder(seen));
        await http.GetAsync(new Uri("https://api-west.millis.ai/warm-up"));
        using var first = new MillisClient(http, new MillisClientOptions { ApiKey = "key-1", MaxRetries = 0 });
        using var second = new MillisClient(http, new MillisClientOptions { ApiKey = "key-2", MaxRetries = 0 });

        await first.Agents.ListAsync();
        await second.Agents.ListAsync();

        Assert.That(http.BaseAddress, Is.Null);
        Assert.That(http.DefaultRequestHeaders, Is.Empty);
        Assert.That(seen.Skip(1).Select(r => r.Headers.GetValues("authorization").Single()), Is.EqualTo(new[] { "key-1", "key-2" }));
    }

    /// <summary>Answers every request with an empty JSON list and keeps the requests.</summary>
    private sealed class Recorder(List<System.Net.Http.HttpRequestMessage>? seen = null) : System.Net.Http.HttpMessageHandler
    {
        protected override Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen?.Add(request);
            return Task.FromResult(new System.Net.Http.HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new System.Net.Http.StringContent("[]", System.Text.Encoding.UTF8, "application/json") });
        }
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
    public void ParameterlessConstructor_SendsToMillisBaseUrlWhenSet()
    {
        using var scope = new EnvironmentScope(("MILLIS_API_KEY", "from-env"), ("MILLIS_BASE_URL", "http://127.0.0.1:4010/"));

        using var client = new MillisClient();

        Assert.That(client.Options.EffectiveBaseUrl, Is.EqualTo(new Uri("http://127.0.0.1:4010/")));
    }

    [Test]
    public void ParameterlessConstructor_WithoutMillisBaseUrl_UsesTheRegion()
    {
        using var scope = new EnvironmentScope(("MILLIS_API_KEY", "from-env"), ("MILLIS_BASE_URL", null));

        using var client = new MillisClient();

        Assert.That(client.Options.EffectiveBaseUrl, Is.EqualTo(MillisRegion.UsWest.BaseUrl()));
    }

    [Test]
    public void ParameterlessConstructor_WithAnInvalidMillisBaseUrl_NamesTheVariable()
    {
        using var scope = new EnvironmentScope(("MILLIS_API_KEY", "from-env"), ("MILLIS_BASE_URL", "localhost-4010"));

        var ex = Assert.Throws<ArgumentException>(() => new MillisClient());

        Assert.That(ex!.Message, Does.Contain("MILLIS_BASE_URL").And.Contain("localhost-4010"));
    }

    /// <summary>Sets environment variables for one test and restores them.</summary>
    private sealed class EnvironmentScope : IDisposable
    {
        private readonly (string Name, string? Value)[] _saved;

        public EnvironmentScope(params (string Name, string? Value)[] values)
        {
            _saved = values.Select(v => (v.Name, Environment.GetEnvironmentVariable(v.Name))).ToArray();
            foreach (var (name, value) in values)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        public void Dispose()
        {
            foreach (var (name, value) in _saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
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
