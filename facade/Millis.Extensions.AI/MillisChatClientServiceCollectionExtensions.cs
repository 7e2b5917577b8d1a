using Microsoft.Extensions.AI;
using Millis;
using Millis.Extensions.AI;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a Millis agent as the application's <see cref="IChatClient"/>.</summary>
public static class MillisChatClientServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IChatClient"/> (transient, like the <see cref="MillisClient"/> it wraps) as the saved agent
    /// <paramref name="agentId"/>, over the <see cref="MillisClient"/> registered by <c>services.AddMillis(...)</c>.
    /// </summary>
    /// <remarks>
    /// For middleware, register the pipeline with Microsoft.Extensions.AI's builder instead, e.g.
    /// <c>services.AddChatClient(sp =&gt; sp.GetRequiredService&lt;MillisClient&gt;().AsChatClient(agentId)).UseFunctionInvocation()</c>.
    /// </remarks>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is null or blank.</exception>
    /// <example><code>
    /// services.AddMillis(o => o.ApiKey = key);
    /// services.AddMillisChatClient("agent-id");
    /// // later: IChatClient chat = provider.GetRequiredService&lt;IChatClient&gt;();
    /// </code></example>
    public static IServiceCollection AddMillisChatClient(this IServiceCollection services, string agentId)
    {
        Check(services, agentId);
        return services.AddTransient(provider => Create(provider, agentId));
    }

    /// <summary>As <see cref="AddMillisChatClient"/>, registered under <paramref name="serviceKey"/> (one key per agent).</summary>
    /// <returns>The service collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="serviceKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is null or blank.</exception>
    public static IServiceCollection AddKeyedMillisChatClient(this IServiceCollection services, object serviceKey, string agentId)
    {
        Check(services, agentId);
        if (serviceKey is null)
        {
            throw new ArgumentNullException(nameof(serviceKey));
        }

        return services.AddKeyedTransient(serviceKey, (provider, _) => Create(provider, agentId));
    }

    private static void Check(IServiceCollection services, string agentId)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (string.IsNullOrWhiteSpace(agentId))
        {
            throw new ArgumentException("agentId must be the id of a saved Millis agent (agent_id), not empty.", nameof(agentId));
        }
    }

    private static IChatClient Create(IServiceProvider provider, string agentId) =>
        (provider.GetService<MillisClient>()
            ?? throw new InvalidOperationException("AddMillisChatClient needs a MillisClient: call services.AddMillis(...) first (e.g. services.AddMillis(configuration.GetSection(\"Millis\")))."))
        .AsChatClient(agentId);
}
