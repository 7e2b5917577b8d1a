using System.Net;
using System.Net.Sockets;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

/// <summary>
/// Issue 12 §4 against a raw socket that reads each request and closes without answering: one call costs at most
/// 1 + MaxRetries requests, and the error says whether the request may have reached the server.
/// </summary>
public class AttemptBudgetTests
{
    /// <summary>No waits between attempts (MaxRetryDelay 0), so the test needs no clock at all.</summary>
    private static MillisClient Client(Uri baseUrl, int maxRetries) =>
        new(new MillisClientOptions { ApiKey = "test-key", BaseUrl = baseUrl, MaxRetries = maxRetries, MaxRetryDelay = TimeSpan.Zero });

    [TestCase(0)]
    [TestCase(2)]
    public void GetAgainstAServerThatClosesWithoutAnswering_CostsOnePlusMaxRetriesRequests(int maxRetries)
    {
        using var server = new RawSocketServer();
        using var client = Client(server.BaseUrl, maxRetries);

        var ex = Assert.CatchAsync(() => client.Agents.ListAsync());

        Assert.That(server.Requests, Has.Count.EqualTo(1 + maxRetries), "requests the server read for one call");
        Assert.That(ex, Is.TypeOf<MillisConnectionException>(), ex?.ToString());
        Assert.That(((MillisConnectionException)ex!).Attempts, Is.EqualTo(1 + maxRetries));
    }

    [Test]
    public void GetAgainstAServerThatClosesWithoutAnswering_SaysTheRequestWasSent()
    {
        using var server = new RawSocketServer();
        using var client = Client(server.BaseUrl, 0);

        var ex = Assert.ThrowsAsync<MillisConnectionException>(() => client.Agents.ListAsync());

        Assert.That(ex!.Message, Does.Not.Contain("could not reach"));
        Assert.That(ex.MayHaveReachedServer, Is.True);
    }

    [Test]
    public void DialDroppedAfterItWasSent_SaysTheCallMayHaveBeenPlacedAndHowToCheck()
    {
        using var server = new RawSocketServer();
        using var client = Client(server.BaseUrl, 2);

        var ex = Assert.CatchAsync(() => client.Calls.StartOutboundAsync(new StartOutboundCallData { FromPhone = "+15550000000", ToPhone = "+15551234567" }));

        Assert.That(server.Requests, Has.Count.EqualTo(1), "a dial is never re-sent once it may have reached the server");
        Assert.That(ex, Is.TypeOf<MillisConnectionException>(), ex?.ToString());
        Assert.That(ex!.Message, Does.Not.Contain("could not reach"));
        Assert.That(ex.Message, Does.Contain("may have been placed").And.Contain("call logs"));
        Assert.That(((MillisConnectionException)ex).MayHaveReachedServer, Is.True);
    }

    [Test]
    public void DialToAPortNobodyListensOn_SaysItWasNeverSent()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
        }

        using var client = Client(new Uri($"http://127.0.0.1:{port}/"), 1);

        var ex = Assert.ThrowsAsync<MillisConnectionException>(() => client.Calls.StartOutboundAsync(new StartOutboundCallData { FromPhone = "+15550000000", ToPhone = "+15551234567" }));

        Assert.That(ex!.MayHaveReachedServer, Is.False);
        Assert.That(ex.Attempts, Is.EqualTo(2), "a request that never left may be retried, even a dial");
        Assert.That(ex.Message, Does.Contain("never sent"));
    }

    [Test]
    public async Task DialThatTimedOutAfterItWasSent_SaysTheCallMayHaveBeenPlaced()
    {
        var time = new SignallingTimeProvider();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await TestSupport.LoopbackServer.StartAsync(async context =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = new MillisClient(new MillisClientOptions
        {
            ApiKey = "test-key", BaseUrl = server.BaseUrl, MaxRetries = 2, Timeout = TimeSpan.FromSeconds(20), TimeProvider = time,
        });

        var call = client.Calls.StartOutboundAsync(new StartOutboundCallData { FromPhone = "+15550000000", ToPhone = "+15551234567" });
        await time.WhenArmedAsync(d => d == TimeSpan.FromSeconds(20));
        await arrived.Task;
        time.Advance(TimeSpan.FromSeconds(20));

        var ex = Assert.ThrowsAsync<MillisTimeoutException>(() => call);
        Assert.That(ex!.MayHaveReachedServer, Is.True);
        Assert.That(ex.Message, Does.Contain("may have been placed").And.Contain("call logs"));
        Assert.That(server.Requests, Is.EqualTo(1));
    }
}
