using Microsoft.AspNetCore.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

/// <summary>Issue 12 §4 against a loopback server: a long Retry-After fails at once; Retry-After: 0 still waits the backoff.</summary>
public class RetryAfterTests
{
    /// <summary>Fake time, per-attempt timeout off: every timer armed is a retry wait.</summary>
    private static MillisClient Client(Uri baseUrl, SignallingTimeProvider time) => new(new MillisClientOptions
    {
        ApiKey = "test-key", BaseUrl = baseUrl, MaxRetries = 2, Timeout = Timeout.InfiniteTimeSpan, TimeProvider = time,
    });

    private static Task<LoopbackServer> Server(Func<int, (int Status, string? RetryAfter)> answer)
    {
        var count = 0;
        return LoopbackServer.StartAsync(async context =>
        {
            var (status, retryAfter) = answer(Interlocked.Increment(ref count) - 1);
            context.Response.StatusCode = status;
            if (retryAfter is not null)
            {
                context.Response.Headers.RetryAfter = retryAfter;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(status == 200 ? "[]" : """{"detail":"slow down"}""");
        });
    }

    [TestCase(429)]
    [TestCase(503)]
    public async Task RetryAfterLongerThanMaxRetryDelay_FailsAtOnceCarryingRetryAfter(int status)
    {
        var time = new SignallingTimeProvider();
        await using var server = await Server(_ => (status, "99999"));
        using var client = Client(server.BaseUrl, time);

        var call = client.Agents.ListAsync();
        var first = await Task.WhenAny(call, time.WhenRetryArmedAsync());

        Assert.That(first, Is.SameAs(call), $"the call waits instead of failing: a retry timer of {time.Armed.FirstOrDefault().TotalSeconds} s was armed");
        var ex = Assert.CatchAsync<MillisApiException>(() => call);
        Assert.That(ex!.Details.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(99999)));
        Assert.That(server.Requests, Is.EqualTo(1));
        if (status == 429)
        {
            Assert.That(ex, Is.TypeOf<MillisRateLimitException>());
            Assert.That(((MillisRateLimitException)ex).RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(99999)));
        }
    }

    [Test]
    public async Task RetryAfterZero_StillWaitsAtLeastTheBaseBackoff()
    {
        var time = new SignallingTimeProvider();
        await using var server = await Server(i => i == 0 ? (503, "0") : (200, null));
        using var client = Client(server.BaseUrl, time);

        var call = client.Agents.ListAsync();
        var first = await Task.WhenAny(call, time.WhenRetryArmedAsync());

        Assert.That(first, Is.Not.SameAs(call), $"retried without waiting: the server saw {server.Requests} requests at once");
        var wait = await time.WhenRetryArmedAsync();
        Assert.That(wait, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500)));
        Assert.That(server.Requests, Is.EqualTo(1));

        time.Advance(wait);
        await call;
        Assert.That(server.Requests, Is.EqualTo(2));
    }
}
