using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Millis.Extensions.AI.Tests;

public class MillisChatClientServiceCollectionExtensionsTests
{
    [Test]
    public void AddMillisChatClientRegistersTheAgentOverTheRegisteredMillisClient()
    {
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "k"; o.BaseUrl = new Uri("http://127.0.0.1:9/"); });
        services.AddMillisChatClient("agent-1");
        using var provider = services.BuildServiceProvider();

        var chat = provider.GetRequiredService<IChatClient>();

        Assert.That(chat.GetService<ChatClientMetadata>()!.ProviderName, Is.EqualTo("millis"));
        Assert.That(chat.GetService<MillisClient>(), Is.Not.Null);
    }

    [Test]
    public void AddKeyedMillisChatClientRegistersOneAgentPerKey()
    {
        var services = new ServiceCollection();
        services.AddMillis(o => { o.ApiKey = "k"; o.BaseUrl = new Uri("http://127.0.0.1:9/"); });
        services.AddKeyedMillisChatClient("front-desk", "agent-1");
        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredKeyedService<IChatClient>("front-desk"), Is.Not.Null);
        Assert.That(provider.GetService<IChatClient>(), Is.Null);
    }

    [Test]
    public void WithoutAddMillisTheErrorSaysToCallIt()
    {
        var services = new ServiceCollection();
        services.AddMillisChatClient("agent-1");
        using var provider = services.BuildServiceProvider();

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IChatClient>());

        Assert.That(ex!.Message, Does.Contain("services.AddMillis"));
    }
}
