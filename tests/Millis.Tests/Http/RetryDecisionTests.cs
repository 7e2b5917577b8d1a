using System.Globalization;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Millis.Generated;
using Millis.Http;

namespace Millis.Tests.Http;

/// <summary>Each retry decision of <see cref="RetryDecision"/>, by retry class, status, Retry-After and how the attempt failed.</summary>
public class RetryDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(30);

    private static MillisRawApiException Status(int status, string? retryAfter = null)
    {
        var headers = new Dictionary<string, IEnumerable<string>>();
        if (retryAfter is not null)
        {
            headers["Retry-After"] = [retryAfter];
        }

        return new MillisRawApiException("failed", status, "{}", headers, null);
    }

    private static bool ShouldRetry(RetryClass retryClass, Exception failure, AttemptWire? wire = null, TimeSpan? maxDelay = null) =>
        RetryDecision.ShouldRetry(retryClass, failure, wire, new FakeTimeProvider(Now), maxDelay ?? MaxDelay);

    private static RetryClass Class(bool idempotent) => idempotent ? RetryClass.Idempotent : RetryClass.CreateOrDial;

    private static AttemptWire SentWire()
    {
        var wire = new AttemptWire();
        wire.BeforeWrite(new object());
        return wire;
    }

    private static AttemptWire OpenedButNotSentWire()
    {
        var wire = new AttemptWire();
        wire.ConnectionOpened();
        return wire;
    }

    [TestCase(408)]
    [TestCase(429)]
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(503)]
    [TestCase(504)]
    public void AnIdempotentOperation_IsRetriedOnATransientStatus(int status) =>
        Assert.That(ShouldRetry(RetryClass.Idempotent, Status(status)), Is.True);

    [TestCase(400)]
    [TestCase(401)]
    [TestCase(403)]
    [TestCase(404)]
    [TestCase(409)]
    [TestCase(422)]
    [TestCase(501)]
    [TestCase(505)]
    public void AnIdempotentOperation_IsNotRetriedOnAStatusThatWouldFailAgain(int status) =>
        Assert.That(ShouldRetry(RetryClass.Idempotent, Status(status)), Is.False);

    [TestCase(429)]
    [TestCase(503)]
    public void ACreateOrDialOperation_IsRetriedOn429Or503CarryingRetryAfter(int status) =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, Status(status, "2")), Is.True);

    [TestCase(429)]
    [TestCase(503)]
    public void ACreateOrDialOperation_IsNotRetriedOn429Or503WithoutRetryAfter(int status) =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, Status(status)), Is.False);

    [TestCase(408)]
    [TestCase(500)]
    [TestCase(502)]
    [TestCase(504)]
    public void ACreateOrDialOperation_IsNotRetriedOnOtherTransientStatuses_EvenWithRetryAfter(int status) =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, Status(status, "2")), Is.False);

    [Test]
    public void ACreateOrDialOperation_IsNotRetriedWhenRetryAfterCannotBeRead() =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, Status(503, "soon")), Is.False);

    [TestCase(true)]
    [TestCase(false)]
    public void RetryAfterLongerThanMaxRetryDelay_IsNotWaitedFor(bool idempotent) =>
        Assert.That(ShouldRetry(Class(idempotent), Status(503, "31")), Is.False);

    [TestCase(true)]
    [TestCase(false)]
    public void RetryAfterEqualToMaxRetryDelay_IsStillRetried(bool idempotent) =>
        Assert.That(ShouldRetry(Class(idempotent), Status(503, "30")), Is.True);

    [Test]
    public void RetryAfterAsAnHttpDateBeyondMaxRetryDelay_IsNotWaitedFor() =>
        Assert.That(ShouldRetry(RetryClass.Idempotent, Status(503, Now.AddMinutes(5).ToString("r", CultureInfo.InvariantCulture))), Is.False);

    [Test]
    public void AConnectionFailure_IsRetriedForAnIdempotentOperationEvenWhenTheRequestWasSent() =>
        Assert.That(ShouldRetry(RetryClass.Idempotent, new HttpRequestException("reset"), SentWire()), Is.True);

    [Test]
    public void AConnectionFailure_IsNotRetriedForACreateOrDialOperationWhenTheRequestWasSent() =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, new HttpRequestException("reset"), SentWire()), Is.False);

    [Test]
    public void AConnectionFailure_IsRetriedForACreateOrDialOperationWhenNothingWasWritten() =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, new HttpRequestException("reset"), OpenedButNotSentWire()), Is.True);

    [Test]
    public void AnUnwatchedConnectionFailure_IsNotRetriedForACreateOrDialOperationUnlessTheConnectionWasRefused()
    {
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, new HttpRequestException("reset", new SocketException((int)SocketError.ConnectionReset))), Is.False);
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused))), Is.True);
    }

    [Test]
    public void AnAttemptTimeout_IsRetriedForAnIdempotentOperation() =>
        Assert.That(ShouldRetry(RetryClass.Idempotent, new AttemptTimeoutException(TimeSpan.FromSeconds(1), new OperationCanceledException()), SentWire()), Is.True);

    [Test]
    public void AnAttemptTimeout_IsNotRetriedForACreateOrDialOperationOnceTheRequestWasSent() =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, new AttemptTimeoutException(TimeSpan.FromSeconds(1), new OperationCanceledException()), SentWire()), Is.False);

    [Test]
    public void AnAttemptTimeout_IsRetriedForACreateOrDialOperationWhenNothingWasWritten() =>
        Assert.That(ShouldRetry(RetryClass.CreateOrDial, new AttemptTimeoutException(TimeSpan.FromSeconds(1), new OperationCanceledException()), OpenedButNotSentWire()), Is.True);

    [TestCase(true)]
    [TestCase(false)]
    public void AnyOtherFailure_IsNeverRetried(bool idempotent)
    {
        Assert.That(ShouldRetry(Class(idempotent), new InvalidOperationException("bug")), Is.False);
        Assert.That(ShouldRetry(Class(idempotent), new TimeoutException("not an attempt timeout")), Is.False);
    }

    [Test]
    public void TheFirstRetryWaitsTheBaseDelayPlusAtMostAQuarterOfJitter()
    {
        for (var i = 0; i < 50; i++)
        {
            var wait = RetryDecision.Delay(0, null, MaxDelay);
            Assert.That(wait, Is.InRange(TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(625)));
        }
    }

    [Test]
    public void EachNextRetryDoublesTheWait()
    {
        for (var i = 0; i < 50; i++)
        {
            Assert.That(RetryDecision.Delay(1, null, MaxDelay), Is.InRange(TimeSpan.FromMilliseconds(1000), TimeSpan.FromMilliseconds(1250)));
            Assert.That(RetryDecision.Delay(3, null, MaxDelay), Is.InRange(TimeSpan.FromMilliseconds(4000), TimeSpan.FromMilliseconds(5000)));
        }
    }

    [Test]
    public void TheJitterIsNotAlwaysZero()
    {
        var waits = Enumerable.Range(0, 200).Select(_ => RetryDecision.Delay(0, null, MaxDelay)).ToList();
        Assert.That(waits.Any(w => w > TimeSpan.FromMilliseconds(500)), Is.True, "some jitter is added");
    }

    [Test]
    public void TheBackoffIsCappedByMaxRetryDelay() =>
        Assert.That(RetryDecision.Delay(10, null, TimeSpan.FromSeconds(3)), Is.EqualTo(TimeSpan.FromSeconds(3)));

    [Test]
    public void TheDoublingStopsAtTheSixteenthRetry()
    {
        // 500 ms × 2^16 ≈ 9.1 hours (plus jitter): far below the one-day cap, so only the exponent limit keeps it there.
        var wait = RetryDecision.Delay(40, null, TimeSpan.FromDays(1));
        Assert.That(wait, Is.InRange(TimeSpan.FromMilliseconds(500 * 65536.0), TimeSpan.FromMilliseconds(500 * 65536.0 * 1.25)));
    }

    [Test]
    public void ALongerRetryAfterIsWaitedExactly() =>
        Assert.That(RetryDecision.Delay(0, TimeSpan.FromSeconds(7), MaxDelay), Is.EqualTo(TimeSpan.FromSeconds(7)));

    [Test]
    public void AShorterRetryAfterStillWaitsTheBackoff() =>
        Assert.That(RetryDecision.Delay(2, TimeSpan.FromMilliseconds(1), MaxDelay), Is.InRange(TimeSpan.FromMilliseconds(2000), TimeSpan.FromMilliseconds(2500)));

    [Test]
    public void ARetryAfterBeyondMaxRetryDelayIsCappedToIt() =>
        Assert.That(RetryDecision.Delay(0, TimeSpan.FromMinutes(5), MaxDelay), Is.EqualTo(MaxDelay));

    [Test]
    public void ARetryAfterEqualToMaxRetryDelayIsWaitedInFull() =>
        Assert.That(RetryDecision.Delay(0, MaxDelay, MaxDelay), Is.EqualTo(MaxDelay));

    [TestCase(SocketError.ConnectionRefused)]
    [TestCase(SocketError.HostNotFound)]
    [TestCase(SocketError.NoData)]
    [TestCase(SocketError.TryAgain)]
    [TestCase(SocketError.HostUnreachable)]
    [TestCase(SocketError.NetworkUnreachable)]
    public void ASocketErrorBeforeTheConnectionExists_NeverReachedTheServer(SocketError error) =>
        Assert.That(RetryDecision.NeverReachedServer(new HttpRequestException("failed", new SocketException((int)error))), Is.True);

    [TestCase(SocketError.ConnectionReset)]
    [TestCase(SocketError.ConnectionAborted)]
    [TestCase(SocketError.TimedOut)]
    [TestCase(SocketError.Shutdown)]
    public void ASocketErrorOnAnOpenConnection_MayHaveReachedTheServer(SocketError error) =>
        Assert.That(RetryDecision.NeverReachedServer(new HttpRequestException("failed", new SocketException((int)error))), Is.False);

    [Test]
    public void ARefusedConnectionDeepInTheInnerExceptions_NeverReachedTheServer() =>
        Assert.That(RetryDecision.NeverReachedServer(new HttpRequestException("failed", new IOException("io", new SocketException((int)SocketError.ConnectionRefused)))), Is.True);

    [Test]
    public void AFailedNameLookup_NeverReachedTheServer() =>
        Assert.That(RetryDecision.NeverReachedServer(new HttpRequestException(HttpRequestError.NameResolutionError, "no such host")), Is.True);

    [Test]
    public void AFailureWithNoSocketError_MayHaveReachedTheServer()
    {
        Assert.That(RetryDecision.NeverReachedServer(new HttpRequestException("failed")), Is.False);
        Assert.That(RetryDecision.NeverReachedServer(new HttpRequestException(HttpRequestError.ResponseEnded, "ended")), Is.False);
    }
}
