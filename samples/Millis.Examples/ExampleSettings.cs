namespace Millis.Examples;

/// <summary>Where the examples send their requests: a mock (MILLIS_BASE_URL) or, with --live, the real API (MILLIS_API_KEY).</summary>
public sealed record ExampleSettings(Uri? BaseUrl, string? ApiKey)
{
    /// <summary>MILLIS_BASE_URL (set by build/with-mock) and MILLIS_API_KEY.</summary>
    public static ExampleSettings FromEnvironment()
    {
        var baseUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL");
        var apiKey = Environment.GetEnvironmentVariable(MillisClientOptions.ApiKeyEnvironmentVariable);
        return new ExampleSettings(string.IsNullOrEmpty(baseUrl) ? null : new Uri(baseUrl), string.IsNullOrEmpty(apiKey) ? null : apiKey);
    }
}
