using System.Globalization;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

public class RetryTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static AgentConfig Config() => new() { Prompt = "p", Voice = new Voice { Provider = VoiceProvider.ElevenLabs, VoiceId = "v" } };

    private static HttpResponseMessage Status(HttpStatusCode status, string? retryAfter = null)
    {
        var response = ApiStub.Json("""{"detail":"try later"}""", status);
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    /// <summary>
    /// A stub on signalling fake time with the per-attempt timeout off, so every timer armed is a retry wait: a test
    /// advances the clock only after that timer exists (never racing the pipeline's scheduling).
    /// </summary>
    private static (ApiStub Api, SignallingTimeProvider Time, CapturingLoggerFactory Logs) Stub(Func<int, HttpResponseMessage> respond, int maxRetries = 2)
    {
        var time = new SignallingTimeProvider(Now);
        var logs = new CapturingLoggerFactory();
        var api = new ApiStub(o => { o.TimeProvider = time; o.LoggerFactory = logs; o.MaxRetries = maxRetries; o.Timeout = Timeout.InfiniteTimeSpan; }).RespondWith(respond);
        return (api, time, logs);
    }

    [Test]
    public async Task RetryAfterInSeconds_IsWaitedExactly()
    {
        var (api, time, logs) = Stub(i => i == 0 ? Status(HttpStatusCode.ServiceUnavailable, "7") : ApiStub.Json("[]"));
        using var _ = api;

        var call = api.Client.Agents.ListAsync();
        Assert.That(await time.WhenRetryArmedAsync().Bounded(), Is.EqualTo(TimeSpan.FromSeconds(7)));
        time.Advance(TimeSpan.FromSeconds(7) - TimeSpan.FromMilliseconds(1));
        Assert.That(api.Requests, Has.Count.EqualTo(1), "the retry must not start before Retry-After elapsed");

        time.Advance(TimeSpan.FromMilliseconds(1));
        await call.Bounded();

        Assert.That(api.Requests, Has.Count.EqualTo(2));
        Assert.That(logs.Entries.Single(e => e.EventId.Id == 3)["DelayMs"], Is.EqualTo(7000.0));
    }

    [Test]
    public async Task RetryAfterAsHttpDate_IsWaitedUntilThatTime()
    {
        var date = Now.AddSeconds(9).ToString("r", CultureInfo.InvariantCulture);
        var (api, time, logs) = Stub(i => i == 0 ? Status((HttpStatusCode)429, date) : ApiStub.Json("[]"));
        using var _ = api;

        var call = api.Client.Agents.ListAsync();
        Assert.That(await time.WhenRetryArmedAsync().Bounded(), Is.EqualTo(TimeSpan.FromSeconds(9)));
        time.Advance(TimeSpan.FromSeconds(8.9));
        Assert.That(api.Requests, Has.Count.EqualTo(1), "the retry must not start before the Retry-After date");

        time.Advance(TimeSpan.FromSeconds(0.1));
        await call.Bounded();

        Assert.That(api.Requests, Has.Count.EqualTo(2));
        Assert.That(logs.Entries.Single(e => e.EventId.Id == 3)["DelayMs"], Is.EqualTo(9000.0));
    }

    [Test]
    public void RetryAfterLongerThanMaxRetryDelay_FailsAtOnceWithoutWaiting()
    {
        var (api, time, logs) = Stub(i => i == 0 ? Status(HttpStatusCode.ServiceUnavailable, "3600") : ApiStub.Json("[]"));
        using var _ = api;

        var ex = Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.ListAsync().Bounded());

        Assert.That(ex!.Details.RetryAfter, Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(api.Requests, Has.Count.EqualTo(1));
        Assert.That(time.Armed, Is.Empty, "no retry wait was started");
        Assert.That(logs.Entries.Where(e => e.EventId.Id == 3), Is.Empty);
    }

    [Test]
    public async Task Get_IsRetriedAfter503_AndReturnsTheLaterSuccess()
    {
        var (api, time, logs) = Stub(i => i == 0 ? Status(HttpStatusCode.ServiceUnavailable) : ApiStub.Json("""[{"id":"a","name":"n","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"v"}},"created_at":1}]"""));
        using var _ = api;

        var call = api.Client.Agents.ListAsync();
        time.Advance(await time.WhenRetryArmedAsync().Bounded());
        var agents = await call.Bounded();

        Assert.That(agents.Single().Id, Is.EqualTo("a"));
        Assert.That(api.Requests.Select(r => r.Method + " " + r.PathAndQuery), Is.EqualTo(new[] { "GET /agents", "GET /agents" }));
    }

    [Test]
    public async Task Get_GivesUpAfterMaxRetries_WithTheLastError()
    {
        var (api, time, logs) = Stub(_ => Status(HttpStatusCode.ServiceUnavailable), maxRetries: 2);
        using var _ = api;

        var call = api.Client.Agents.ListAsync();
        time.Advance(await time.WhenRetryArmedAsync(1).Bounded());
        time.Advance(await time.WhenRetryArmedAsync(2).Bounded());

        Assert.ThrowsAsync<MillisServerException>(() => call.Bounded());
        Assert.That(api.Requests, Has.Count.EqualTo(3));
    }

    [Test]
    public void NonIdempotentPost_IsNotRetriedAfter500()
    {
        var (api, time, _) = Stub(_ => Status(HttpStatusCode.InternalServerError, "1"));
        using var __ = api;

        Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.CreateAsync("A", Config()).Bounded());

        Assert.That(api.Requests, Has.Count.EqualTo(1));
        Assert.That(time.Armed, Is.Empty, "no retry wait was started");
    }

    [TestCase(429)]
    [TestCase(503)]
    public async Task NonIdempotentPost_IsRetriedOn429Or503WithRetryAfter(int status)
    {
        var (api, time, _) = Stub(i => i == 0 ? Status((HttpStatusCode)status, "2") : ApiStub.Json("""{"call_id":"c","session_id":"s"}"""));
        using var _ = api;

        var call = api.Client.Calls.StartOutboundAsync(new StartOutboundCallData { FromPhone = "+15550000000", ToPhone = "+15551234567" });
        Assert.That(await time.WhenRetryArmedAsync().Bounded(), Is.EqualTo(TimeSpan.FromSeconds(2)));
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await call.Bounded();

        Assert.That(result.CallId, Is.EqualTo("c"));
        Assert.That(api.Requests, Has.Count.EqualTo(2));
    }

    [TestCase(429)]
    [TestCase(503)]
    public void NonIdempotentPost_IsNotRetriedOn429Or503WithoutRetryAfter(int status)
    {
        var (api, time, _) = Stub(_ => Status((HttpStatusCode)status));
        using var __ = api;

        Assert.CatchAsync<MillisApiException>(() => api.Client.Campaigns.StartAsync("c-1").Bounded());

        Assert.That(api.Requests, Has.Count.EqualTo(1));
        Assert.That(time.Armed, Is.Empty, "no retry wait was started");
    }

    [Test]
    public async Task NonIdempotentPost_IsRetriedWhenTheConnectionWasRefused()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }

        var time = new SignallingTimeProvider(Now);
        var logs = new CapturingLoggerFactory();
        using var client = new MillisClient(new MillisClientOptions
        {
            ApiKey = ApiStub.Key, BaseUrl = new Uri($"http://127.0.0.1:{port}/"), MaxRetries = 1, TimeProvider = time, LoggerFactory = logs,
            Timeout = Timeout.InfiniteTimeSpan,
        });

        var call = client.Agents.CreateAsync("A", Config());
        time.Advance(await time.WhenRetryArmedAsync().Bounded());

        var ex = Assert.ThrowsAsync<MillisConnectionException>(() => call.Bounded());
        Assert.That(ex!.Attempts, Is.EqualTo(2));
        Assert.That(logs.Entries.Where(e => e.EventId.Id == 2).Select(e => e["Attempt"]), Is.EqualTo(new object[] { 1, 2 }));
    }

    [Test]
    public void NonIdempotentPost_IsNotRetriedWhenTheConnectionDroppedAfterSending()
    {
        var time = new SignallingTimeProvider(Now);
        var handler = new LambdaHandler((_, _, _) => throw new HttpRequestException("The response ended prematurely.", new IOException("reset")));
        using var client = LambdaHandler.Client(handler, o => { o.MaxRetries = 2; o.TimeProvider = time; o.Timeout = Timeout.InfiniteTimeSpan; });

        var ex = Assert.ThrowsAsync<MillisConnectionException>(() => client.Agents.CreateAsync("A", Config()).Bounded());

        Assert.That(handler.Attempts, Is.EqualTo(1));
        Assert.That(ex!.MayHaveReachedServer, Is.True);
        Assert.That(time.Armed, Is.Empty, "no retry wait was started");
    }

    [Test]
    public async Task CancellationDuringBackoff_StopsAtOnceWithOperationCanceled()
    {
        var (api, time, _) = Stub(_ => Status(HttpStatusCode.ServiceUnavailable, "10"));
        using var _ = api;
        using var cts = new CancellationTokenSource();

        var call = api.Client.Agents.ListAsync(cts.Token);
        await time.WhenRetryArmedAsync().Bounded();
        cts.Cancel();

        Assert.CatchAsync<OperationCanceledException>(() => call.Bounded());
        Assert.That(api.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task PerAttemptTimeout_SurfacesAsMillisTimeoutExceptionNamingTheLimit()
    {
        var time = new SignallingTimeProvider(Now);
        var handler = new LambdaHandler(async (_, _, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return ApiStub.Json("[]");
        });
        using var client = LambdaHandler.Client(handler, o => { o.Timeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 0; o.TimeProvider = time; });

        var call = client.Agents.ListAsync();
        time.Advance(await time.WhenArmedAsync(d => d == TimeSpan.FromMilliseconds(200)).Bounded());
        var ex = Assert.ThrowsAsync<MillisTimeoutException>(() => call.Bounded());

        Assert.That(ex!.Timeout, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
        Assert.That(ex.Message, Does.Contain("0.2 s").And.Contain("MillisClientOptions.Timeout").And.Contain("GET /agents"));
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task CallersCancellation_SurfacesAsOperationCanceledNotTimeout()
    {
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new LambdaHandler(async (_, _, ct) =>
        {
            sent.TrySetResult();
            await Task.Delay(Timeout.Infinite, ct);
            return ApiStub.Json("[]");
        });
        using var client = LambdaHandler.Client(handler, o => { o.Timeout = TimeSpan.FromSeconds(30); o.MaxRetries = 2; });
        using var cts = new CancellationTokenSource();

        var call = client.Agents.ListAsync(cts.Token);
        await sent.Task.Bounded();
        cts.Cancel();
        var ex = Assert.CatchAsync(() => call.Bounded());

        Assert.That(ex, Is.InstanceOf<OperationCanceledException>());
        Assert.That(handler.Attempts, Is.EqualTo(1));
    }

    [Test]
    public void MaxRetriesZero_DisablesRetries()
    {
        var (api, _, logs) = Stub(_ => Status(HttpStatusCode.ServiceUnavailable, "1"), maxRetries: 0);
        using var _ = api;

        Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.ListAsync().Bounded());

        Assert.That(api.Requests, Has.Count.EqualTo(1));
        Assert.That(logs.Entries.Where(e => e.EventId.Id == 3), Is.Empty);
    }
}
