// Task: survive a flaky network without double-charging. Reads retry on 429/5xx and connection failures with backoff
// and Retry-After; calls that create or dial do not retry after the server may have acted. Each attempt has its own
// time limit (MillisClientOptions.Timeout); your CancellationToken stops everything.
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using Millis.Agents;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class RetriesExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var ct = ctx.CancellationToken;

        // 1. A read that meets two 503s (with Retry-After) and then succeeds: the caller sees only the success.
        var flaky = new FailFirstHandler(failures: 2, HttpStatusCode.ServiceUnavailable);
        var retrying = ctx.CreateClient(o => { o.MaxRetries = 3; o.MaxRetryDelay = TimeSpan.FromSeconds(2); }, flaky);
        var watch = Stopwatch.StartNew();
        var voices = await retrying.Voices.ListAsync("en", ct);
        ctx.Say($"GET /voices: {flaky.Attempts} attempts, {voices.Count} voice(s), {watch.Elapsed.TotalSeconds:0.0} s");

        // 2. A create that meets a 500: not retried (the agent may exist already), the error reaches you at once.
        var failing = new FailFirstHandler(failures: 1, HttpStatusCode.InternalServerError);
        var creating = ctx.CreateClient(o => o.MaxRetries = 3, failing);
        var config = new AgentConfigBuilder().WithPrompt("Hi").WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM")).Build();
        try
        {
            await creating.Agents.CreateAsync("Not retried", config, ct);
        }
        catch (MillisServerException ex)
        {
            ctx.Say($"POST /agents: {failing.Attempts} attempt, then {ex.GetType().Name} {ex.StatusCode} (check before creating again)");
        }

        // 3. Per-attempt timeout: a server that takes 2 s, a limit of 200 ms and no retries.
        var slow = new DelayHandler(TimeSpan.FromSeconds(2));
        var impatient = ctx.CreateClient(o => { o.Timeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 0; }, slow);
        try
        {
            await impatient.Voices.ListAsync(cancellationToken: ct);
        }
        catch (MillisTimeoutException ex)
        {
            ctx.Say($"timeout: {ex.Timeout.TotalMilliseconds:0} ms per attempt, {ex.Attempts} attempt(s)");
        }

        // 4. Your own cancellation is never turned into an SDK error: it stays an OperationCanceledException.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(100));
        var patient = ctx.CreateClient(o => o.Timeout = TimeSpan.FromSeconds(30), new DelayHandler(TimeSpan.FromSeconds(2)));
        try
        {
            await patient.Voices.ListAsync(cancellationToken: cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            ctx.Say("cancelled by the caller: OperationCanceledException");
        }
    }

    /// <summary>Answers the first <c>failures</c> requests itself with <c>status</c> (and Retry-After: 0), then lets them through.</summary>
    private sealed class FailFirstHandler(int failures, HttpStatusCode status) : DelegatingHandler
    {
        private int _attempts;

        public int Attempts => _attempts;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) > failures)
            {
                return base.SendAsync(request, cancellationToken);
            }

            var response = new HttpResponseMessage(status) { RequestMessage = request, Content = new StringContent("""{"detail":"try again"}""") };
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            return Task.FromResult(response);
        }
    }

    /// <summary>A slow network: waits before sending (honouring cancellation, as a real connection does).</summary>
    private sealed class DelayHandler(TimeSpan delay) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
