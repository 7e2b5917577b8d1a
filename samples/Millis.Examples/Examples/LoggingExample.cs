// Task: see what the SDK does, in your logs. Register the client with IHttpClientFactory from configuration (the key from
// Millis:ApiKey in appsettings, or the environment variable Millis__ApiKey), log to the console, and read the events:
// one per attempt at Debug (method, path template, status, attempt, elapsed), retries at Information, failures at
// Warning. Bodies, phone numbers and the key are never logged.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Millis.Examples.Examples;

internal static class LoggingExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        // Configuration as an app has it: defaults (appsettings.json in a real app), then environment variables, where
        // Millis__ApiKey=... sets Millis:ApiKey. Keys: ApiKey, Region (UsWest | EuWest), BaseUrl, Timeout, MaxRetries, ...
        var settings = new Dictionary<string, string?> { ["Millis:ApiKey"] = ctx.ApiKey, ["Millis:Timeout"] = "00:00:30" };
        if (ctx.BaseUrl is not null)
        {
            settings["Millis:BaseUrl"] = ctx.BaseUrl.ToString();   // only for the mock; leave it out for the real API
        }

        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .AddEnvironmentVariables()
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .AddFilter("Millis", LogLevel.Debug)                 // the SDK logs under "Millis.MillisClient"
            .AddFilter("System.Net.Http.HttpClient", LogLevel.Warning));
        services.AddMillis(configuration.GetSection(MillisClientOptions.DefaultConfigurationSection));   // picks up the app's ILoggerFactory

        int voices, phones;
        await using (var provider = services.BuildServiceProvider())
        {
            var client = provider.GetRequiredService<MillisClient>();
            ctx.Say($"client from DI: {client}");                 // the key is redacted
            voices = (await client.Voices.ListAsync("en", ctx.CancellationToken)).Count;
            phones = (await client.Phones.ListAsync(ctx.CancellationToken)).Count;
        }

        // Disposing the provider flushed the console logger: the "dbug: Millis.MillisClient" lines above are the SDK's.
        ctx.Say($"{voices} voice(s), {phones} phone(s)");

        // Without DI: new MillisClient(new MillisClientOptions { ApiKey = ..., LoggerFactory = loggerFactory }).
    }
}
