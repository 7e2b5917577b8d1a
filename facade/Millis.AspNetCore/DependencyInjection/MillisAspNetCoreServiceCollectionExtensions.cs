using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Millis.AspNetCore;

/// <summary>Registers what the Millis endpoints need: secret options, the secret check, custom-LLM options.</summary>
public static class MillisAspNetCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Millis endpoints' services, binding <see cref="MillisWebhookOptions"/> from
    /// <c>Millis:Webhooks</c> and <see cref="MillisCustomLlmOptions"/> from <c>Millis:CustomLlm</c> of
    /// <paramref name="configuration"/> (the app's root configuration).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddMillisWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MillisWebhookOptions>().Bind(configuration.GetSection(MillisWebhookOptions.DefaultSectionName));
        services.AddOptions<MillisCustomLlmOptions>().Bind(configuration.GetSection(MillisCustomLlmOptions.DefaultSectionName));
        return AddCore(services);
    }

    /// <summary>Registers the Millis endpoints' services with secret options set in code.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddMillisWebhooks(this IServiceCollection services, Action<MillisWebhookOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddSingleton<IMillisSecretComparer, FixedTimeMillisSecretComparer>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, MillisSecretAuthenticationHandler>(MillisSecretDefaults.AuthenticationScheme, null);
        services.AddAuthorization(options => options.AddPolicy(
            MillisSecretDefaults.PolicyName,
            policy => policy.AddAuthenticationSchemes(MillisSecretDefaults.AuthenticationScheme).RequireAuthenticatedUser()));
        return services;
    }
}
