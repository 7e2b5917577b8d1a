using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using Millis.Http;

namespace Millis.Tests.Http;

/// <summary>AttemptLoop: what it throws (as it was thrown, stack trace kept) and what each attempt leaves behind (nothing).</summary>
public class AttemptLoopCleanupTests
{
    private sealed class Failure : Exception;

    private static AttemptLoop.Policy<object?> NoRetries(MillisClientOptions options) =>
        new(options, (_, _) => false, (_, _) => TimeSpan.Zero, (_, _, _) => { });

    private static MillisClientOptions Options(TimeSpan timeout, TimeProvider time) =>
        new() { ApiKey = "k", MaxRetries = 0, Timeout = timeout, TimeProvider = time };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<string> ThrowFromTheAttempt() => throw new Failure();

    [Test]
    public void ACancellationTheCallerDidNotAskFor_PropagatesAsItIsNotAsATimeout()
    {
        var thrown = new OperationCanceledException("the handler gave up");

        var ex = Assert.CatchAsync<Exception>(() => AttemptLoop.RunAsync<string, object?>((_, _) => throw thrown, null, NoRetries(Options(Timeout.InfiniteTimeSpan, TimeProvider.System)), CancellationToken.None));

        Assert.That(ex, Is.SameAs(thrown));
    }

    [Test]
    public void ACancellationBeforeTheDeadline_PropagatesAsItIsNotAsATimeout()
    {
        var thrown = new OperationCanceledException("the handler gave up");

        var ex = Assert.CatchAsync<Exception>(() => AttemptLoop.RunAsync<string, object?>((_, _) => throw thrown, null, NoRetries(Options(TimeSpan.FromMinutes(1), new FakeTimeProvider())), CancellationToken.None));

        Assert.That(ex, Is.SameAs(thrown));
    }

    [Test]
    public void TheLastFailure_KeepsTheStackTraceOfWhereItWasThrown()
    {
        var ex = Assert.ThrowsAsync<Failure>(() => AttemptLoop.RunAsync<string, object?>((_, _) => ThrowFromTheAttempt(), null, NoRetries(Options(Timeout.InfiniteTimeSpan, TimeProvider.System)), CancellationToken.None));

        Assert.That(ex!.StackTrace, Does.Contain(nameof(ThrowFromTheAttempt)));
    }

    [Test]
    public async Task EachAttemptsDeadlineTimerIsDisposedWhenTheAttemptEnds()
    {
        var time = new TimerCountingTimeProvider();

        await AttemptLoop.RunAsync((_, _) => Task.FromResult("ok"), (object?)null, NoRetries(Options(TimeSpan.FromMinutes(1), time)), CancellationToken.None);

        Assert.That(time.Created, Is.EqualTo(1));
        Assert.That(time.Disposed, Is.EqualTo(1));
    }

    [Test]
    public async Task AFinishedAttemptsTokenIsNoLongerTiedToTheCallersToken()
    {
        using var caller = new CancellationTokenSource();
        var seen = CancellationToken.None;

        await AttemptLoop.RunAsync((_, ct) => { seen = ct; return Task.FromResult("ok"); }, (object?)null, NoRetries(Options(TimeSpan.FromMinutes(1), new FakeTimeProvider())), caller.Token);
        caller.Cancel();

        Assert.That(seen.CanBeCanceled, Is.True);
        Assert.That(seen.IsCancellationRequested, Is.False, "the attempt's linked source was disposed, so the caller's cancellation no longer reaches it");
    }

    [Test]
    public void AnAttemptTimeoutSaysHowLongItWaited() =>
        Assert.That(new AttemptTimeoutException(TimeSpan.FromSeconds(5), new OperationCanceledException()).Message, Is.EqualTo("The attempt did not complete within 00:00:05."));

    private sealed class TimerCountingTimeProvider : TimeProvider
    {
        private readonly FakeTimeProvider _fake = new();
        private int _created;
        private int _disposed;

        public int Created => Volatile.Read(ref _created);

        public int Disposed => Volatile.Read(ref _disposed);

        public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

        public override long GetTimestamp() => _fake.GetTimestamp();

        public override long TimestampFrequency => _fake.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _created);
            return new CountingTimer(this, _fake.CreateTimer(callback, state, dueTime, period));
        }

        private sealed class CountingTimer(TimerCountingTimeProvider owner, ITimer inner) : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

            public void Dispose()
            {
                Interlocked.Increment(ref owner._disposed);
                inner.Dispose();
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
