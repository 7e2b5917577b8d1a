using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Millis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="MillisClient"/> as a typed client of <c>IHttpClientFactory</c>.</summary>
public static class MillisServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MillisClient"/> (transient, over a pooled handler) configured by <paramref name="configure"/>.
    /// Invalid options fail when the client is first resolved (or at start-up with <c>ValidateOnStart</c>) with a message naming the setting.
    /// </summary>
    /// <returns>The HTTP client builder, to add handlers: <c>services.AddMillis(...).AddHttpMessageHandler&lt;MyHandler&gt;()</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddMillis(this IServiceCollection services, Action<MillisClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddOptions<MillisClientOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="MillisClient"/> bound to a configuration section, e.g. <c>configuration.GetSection("Millis")</c>
    /// with keys <c>ApiKey</c>, <c>Region</c> (<c>UsWest</c> or <c>EuWest</c>), <c>BaseUrl</c>, <c>Timeout</c> and
    /// <c>MaxRetryDelay</c> (TimeSpans: <c>"00:00:30"</c> is 30 seconds), <c>MaxRetries</c>. The key is read from the section
    /// only (<c>Millis:ApiKey</c>, or the environment variable <c>Millis__ApiKey</c>), not from <c>MILLIS_API_KEY</c>.
    /// A value that does not fit (an unknown region, a bare number for a TimeSpan) fails when the client is first
    /// resolved, with an <see cref="OptionsValidationException"/> naming the key and the accepted values.
    /// </summary>
    /// <returns>The HTTP client builder, to add handlers.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IHttpClientBuilder AddMillis(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.AddOptions<MillisClientOptions>().Configure(options => MillisConfigurationBinding.Bind(configuration, options));
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<MillisClientOptions>()
            .PostConfigure<IServiceProvider>((options, provider) => options.LoggerFactory ??= provider.GetService<ILoggerFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MillisClientOptions>, MillisClientOptionsValidator>());
        var builder = services.AddHttpClient(nameof(MillisClient));

        // The same transport rules as the SDK's own HttpClient: no handler-followed redirects, one send per attempt
        // (replacing the primary handler with ConfigurePrimaryHttpMessageHandler opts out; see MillisClient(HttpClient, ...)).
#if NET8_0_OR_GREATER
        builder.UseSocketsHttpHandler((handler, _) => Millis.Http.MillisTransport.Configure(handler));
#else
        builder.ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.HttpClientHandler { AllowAutoRedirect = false });
#endif
        builder.AddTypedClient<MillisClient>((httpClient, provider) =>
            new MillisClient(httpClient, provider.GetRequiredService<IOptions<MillisClientOptions>>().Value));
        return builder;
    }

    private sealed class MillisClientOptionsValidator : IValidateOptions<MillisClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, MillisClientOptions options)
        {
            try
            {
                options.Validate();
                return ValidateOptionsResult.Success;
            }
            catch (ArgumentException ex)
            {
                return ValidateOptionsResult.Fail(ex.Message);
            }
        }
    }
}
