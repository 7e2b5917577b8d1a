namespace Millis.Probe;

/// <summary>The SDK's read-only calls, each through Prism's validating proxy; every disagreement with spec/ is reported.</summary>
internal static class LiveProbe
{
    public static async Task<IReadOnlyList<string>> RunAsync(Uri proxyUrl, string apiKey, TextWriter log)
    {
        var recorder = new ViolationRecorder();
        using var http = new HttpClient(recorder);
        using var client = new MillisClient(http, new MillisClientOptions { ApiKey = apiKey, BaseUrl = proxyUrl, MaxRetries = 0 });
        var errors = new List<string>();
        var calls = new (string Name, Func<Task<int>> Call)[]
        {
            ("GET /agents", async () => (await client.Agents.ListAsync().ConfigureAwait(false)).Count),
            ("GET /phones", async () => (await client.Phones.ListAsync().ConfigureAwait(false)).Count),
            ("GET /voices", async () => (await client.Voices.ListAsync().ConfigureAwait(false)).Count),
            ("GET /call-logs", async () => (await client.CallLogs.ListAsync(new CallLogs.CallLogFilter { Limit = 5 }).ConfigureAwait(false)).Histories.Count),
            ("GET /user/info", async () => { await client.User.GetInfoAsync().ConfigureAwait(false); return 1; }),
        };
        foreach (var (name, call) in calls)
        {
            recorder.CurrentCall = name;
            try
            {
                var count = await call().ConfigureAwait(false);
                await log.WriteLineAsync($"{name}: ok ({count} item(s))").ConfigureAwait(false);
            }
            catch (MillisException ex)
            {
                // The SDK could not read the response at all: that is drift too.
                errors.Add($"{name}: the SDK failed: {ex.Message}");
                await log.WriteLineAsync($"{name}: failed ({ex.GetType().Name})").ConfigureAwait(false);
            }
        }

        return recorder.Findings.Concat(errors).ToList();
    }
}
