using System.Net.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Millis.Tests.TestSupport;
using RichardSzalay.MockHttp;

namespace Millis.Tests.DependencyInjection;

public class MillisServiceCollectionExtensionsTests
{
    private static MockHttpMessageHandler EmptyAgents()
    {
        var mock = new MockHttpMessageHandler();
        mock.When("*").Respond("application/json", "[]");
        return mock;
    }

    [Test]
    public void AddMillis_WithAConfigureAction_ResolvesAConfiguredClient()
    {
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "di-key"; o.Region = MillisRegion.EuWest; o.MaxRetries = 3; });
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<MillisClient>();

        Assert.That((client.Options.ApiKey, client.Options.MaxRetries), Is.EqualTo(("di-key", 3)));
        Assert.That(client.Options.EffectiveBaseUrl, Is.EqualTo(new Uri("https://api-eu-west.millis.ai/")));
    }

    [Test]
    public void AddMillis_WithInvalidOptions_FailsAtResolutionNamingTheSetting()
    {
        var services = new ServiceCollection();
        services.AddMillis(o => o.BaseUrl = new Uri("https://api.test/"));
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<MillisClient>());

        Assert.That(ex!.Message, Does.Contain("ApiKey").And.Contain("MILLIS_API_KEY"));
    }

    [Test]
    public void AddMillis_WithAnHttpBaseUrl_FailsAtResolutionNamingBaseUrl()
    {
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "k"; o.BaseUrl = new Uri("http://api.example.com/"); });
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<MillisClient>());

        Assert.That(ex!.Message, Does.Contain("BaseUrl"));
    }

    [Test]
    public void AddMillis_WithAConfigurationSection_BindsEverySetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Millis:ApiKey"] = "cfg-key",
            ["Millis:Region"] = "EuWest",
            ["Millis:BaseUrl"] = "https://proxy.test/millis/",
            ["Millis:Timeout"] = "00:00:05",
            ["Millis:MaxRetries"] = "4",
        }).Build();
        var services = new ServiceCollection();
        services.AddMillis(configuration.GetSection("Millis"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<MillisClient>().Options;

        Assert.That((options.ApiKey, options.Region, options.BaseUrl, options.Timeout, options.MaxRetries),
            Is.EqualTo(("cfg-key", MillisRegion.EuWest, new Uri("https://proxy.test/millis/"), TimeSpan.FromSeconds(5), 4)));
    }

    [Test]
    public async Task TwoResolutions_ShareOnePooledHandlerPipeline()
    {
        var created = 0;
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "k"; o.BaseUrl = new Uri("https://api.test/"); })
            .ConfigurePrimaryHttpMessageHandler(EmptyAgents)
            .AddHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref created);
                return new PassThroughHandler();
            });
        using var provider = services.BuildServiceProvider();

        var first = provider.GetRequiredService<MillisClient>();
        var second = provider.GetRequiredService<MillisClient>();
        await first.Agents.ListAsync();
        await second.Agents.ListAsync();

        Assert.That(first, Is.Not.SameAs(second));
        Assert.That(created, Is.EqualTo(1));
    }

    [Test]
    public async Task LoggerFactoryFromTheContainer_ReceivesTheRequestEvents()
    {
        var logs = new CapturingLoggerFactory();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(logs);
        services.AddMillis(o => { o.ApiKey = "k"; o.BaseUrl = new Uri("https://api.test/"); })
            .ConfigurePrimaryHttpMessageHandler(EmptyAgents);
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<MillisClient>();
        await client.Agents.ListAsync();

        Assert.That(client.Options.LoggerFactory, Is.SameAs(logs));
        Assert.That(logs.Entries.Where(e => e.Category == "Millis.MillisClient").Select(e => e["PathTemplate"]), Is.EqualTo(new object[] { "/agents" }));
    }

    [Test]
    public async Task ResolvedClient_SendsTheConfiguredKey()
    {
        var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, "https://api.test/agents").WithHeaders("authorization", "di-key").Respond("application/json", "[]");
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "di-key"; o.BaseUrl = new Uri("https://api.test/"); })
            .ConfigurePrimaryHttpMessageHandler(() => mock);
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<MillisClient>().Agents.ListAsync();

        mock.VerifyNoOutstandingExpectation();
    }

    private sealed class PassThroughHandler : DelegatingHandler
    {
    }
}
