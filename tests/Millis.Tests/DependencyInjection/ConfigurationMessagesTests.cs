using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Millis.Tests.DependencyInjection;

/// <summary>Issue 12 §5: AddMillis(IConfiguration) errors name the configuration keys and the values they accept.</summary>
public class ConfigurationMessagesTests
{
    private static Exception Resolve(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddMillis(configuration.GetSection("Millis"));
        using var provider = services.BuildServiceProvider();
        return Assert.Catch(() => provider.GetRequiredService<MillisClient>())!;
    }

    [Test]
    public void MissingKey_NamesTheConfigurationKeyAndItsEnvironmentVariable()
    {
        var ex = Resolve(new() { ["Millis:Region"] = "EuWest" });

        Assert.That(ex.Message, Does.Contain("Millis:ApiKey").And.Contain("Millis__ApiKey"));
        Assert.That(ex.Message, Does.Not.Contain("set the environment variable MILLIS_API_KEY"));
    }

    [Test]
    public void TimeoutWrittenAsABareNumber_IsRefusedSayingItMeansDaysAndHowToWriteSeconds()
    {
        var ex = Resolve(new() { ["Millis:ApiKey"] = "k", ["Millis:Timeout"] = "30" });

        Assert.That(ex.Message, Does.Contain("Millis:Timeout").And.Contain("30 days").And.Contain("\"00:00:30\" is 30 seconds"));
        Assert.That(ex.Message, Does.Not.Contain("TimeoutStrategyOptions"));
    }

    [Test]
    public void MaxRetryDelayThatIsNotATimeSpan_IsRefusedShowingTheFormat()
    {
        var ex = Resolve(new() { ["Millis:ApiKey"] = "k", ["Millis:MaxRetryDelay"] = "30s" });

        Assert.That(ex.Message, Does.Contain("Millis:MaxRetryDelay").And.Contain("'30s'").And.Contain("00:00:30"));
    }

    [Test]
    public void UnknownRegion_IsRefusedListingTheValidNames()
    {
        var ex = Resolve(new() { ["Millis:ApiKey"] = "k", ["Millis:Region"] = "eu-west" });

        Assert.That(ex.Message, Does.Contain("Millis:Region").And.Contain("'eu-west'").And.Contain("UsWest").And.Contain("EuWest"));
    }

    [Test]
    public void RegionNamedInAnyCase_IsAccepted()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Millis:ApiKey"] = "k", ["Millis:Region"] = "euwest" }).Build();
        var services = new ServiceCollection();
        services.AddMillis(configuration.GetSection("Millis"));
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<MillisClient>().Options.Region, Is.EqualTo(MillisRegion.EuWest));
    }
}
