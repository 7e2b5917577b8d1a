using Millis.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

/// <summary>AttemptLoop: the per-attempt timeout, the retry budget, and the caller's cancellation.</summary>
public class AttemptLoopTests
{
    private sealed class Failure : Exception;

    private static AttemptLoop.Policy<List<int>> Policy(MillisClientOptions options, Func<Exception, bool>? shouldRetry = null, TimeSpan? delay = null, List<(int Next, TimeSpan Delay, Exception Failure)>? retries = null) =>
        new(options, (ex, _) => (shouldRetry ?? (_ => true))(ex), (_, _) => delay ?? TimeSpan.Zero, (next, wait, ex) => retries?.Add((next, wait, ex)));

    private static MillisClientOptions Options(int maxRetries = 2, TimeSpan? timeout = null, TimeProvider? time = null) =>
        new() { ApiKey = "k", MaxRetries = maxRetries, Timeout = timeout ?? Timeout.InfiniteTimeSpan, TimeProvider = time ?? TimeProvider.System };

    [Test]
    public async Task ASuccessfulFirstAttemptRunsOnce()
    {
        var attempts = new List<int>();

        var result = await AttemptLoop.RunAsync((s, _) => { s.Add(1); return Task.FromResult("ok"); }, attempts, Policy(Options()), CancellationToken.None);

        Assert.That((result, attempts.Count), Is.EqualTo(("ok", 1)));
    }

    [Test]
    public void ARetryableFailureRunsOnePlusMaxRetriesAttemptsThenThrowsTheLastFailure()
    {
        var attempts = new List<int>();
        var failures = new List<Failure>();

        var ex = Assert.ThrowsAsync<Failure>(() => AttemptLoop.RunAsync<string, List<int>>((s, _) => { s.Add(1); var f = new Failure(); failures.Add(f); throw f; }, attempts, Policy(Options(maxRetries: 2)), CancellationToken.None));

        Assert.That(attempts, Has.Count.EqualTo(3));
        Assert.That(ex, Is.SameAs(failures[^1]));
    }

    [Test]
    public void AFailureThePolicyRefusesIsNotRepeated()
    {
        var attempts = new List<int>();

        Assert.ThrowsAsync<Failure>(() => AttemptLoop.RunAsync<string, List<int>>((s, _) => { s.Add(1); throw new Failure(); }, attempts, Policy(Options(), shouldRetry: _ => false), CancellationToken.None));

        Assert.That(attempts, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task OnRetryIsToldTheNumberOfTheNextAttemptAndTheWait()
    {
        var retries = new List<(int Next, TimeSpan Delay, Exception Failure)>();
        var calls = 0;

        await AttemptLoop.RunAsync((_, _) => ++calls < 3 ? throw new Failure() : Task.FromResult(calls), new List<int>(), Policy(Options(), retries: retries), CancellationToken.None);

        Assert.That(retries.Select(r => r.Next), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(retries.Select(r => r.Failure), Is.All.InstanceOf<Failure>());
    }

    [Test]
    public async Task TheWaitBetweenAttemptsRunsOnTheOptionsClock()
    {
        var time = new SignallingTimeProvider();
        var calls = 0;
        var run = AttemptLoop.RunAsync((_, _) => ++calls == 1 ? throw new Failure() : Task.FromResult(calls), new List<int>(), Policy(Options(time: time), delay: TimeSpan.FromSeconds(7)), CancellationToken.None);

        await time.WhenArmedAsync(d => d == TimeSpan.FromSeconds(7));
        Assert.That((run.IsCompleted, calls), Is.EqualTo((false, 1)), "waiting on the fake clock");
        time.Advance(TimeSpan.FromSeconds(7));

        Assert.That(await run, Is.EqualTo(2));
    }

    [Test]
    public async Task AnAttemptPastItsDeadlineIsATimeoutThatMayBeRetried()
    {
        var time = new SignallingTimeProvider();
        var failures = new List<Exception>();
        var calls = 0;
        var run = AttemptLoop.RunAsync(
            async (_, ct) =>
            {
                if (++calls == 1)
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }

                return calls;
            },
            new List<int>(),
            new AttemptLoop.Policy<List<int>>(Options(time: time, timeout: TimeSpan.FromSeconds(5)), (ex, _) => { failures.Add(ex); return true; }, (_, _) => TimeSpan.Zero, (_, _, _) => { }),
            CancellationToken.None);

        await time.WhenArmedAsync(d => d == TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.That(await run, Is.EqualTo(2));
        Assert.That(failures, Has.One.InstanceOf<AttemptTimeoutException>().With.InnerException.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void TheCallersCancellationDuringAnAttemptPropagatesAndIsNotRetried()
    {
        using var cts = new CancellationTokenSource();
        var calls = 0;

        Assert.That(
            () => AttemptLoop.RunAsync<int, List<int>>(async (_, ct) => { calls++; cts.Cancel(); await Task.Delay(Timeout.Infinite, ct); return 0; }, new List<int>(), Policy(Options(timeout: TimeSpan.FromMinutes(1))), cts.Token),
            Throws.InstanceOf<OperationCanceledException>().And.Not.InstanceOf<AttemptTimeoutException>());
        Assert.That(calls, Is.EqualTo(1));
    }

    [Test]
    public void AnAlreadyCancelledCallRunsNoAttempt()
    {
        var calls = 0;

        Assert.That(() => AttemptLoop.RunAsync((_, _) => Task.FromResult(++calls), new List<int>(), Policy(Options()), new CancellationToken(canceled: true)), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(calls, Is.Zero);
    }

    [Test]
    public async Task CancellingDuringTheWaitEndsTheCallWithoutAnotherAttempt()
    {
        var time = new SignallingTimeProvider();
        using var cts = new CancellationTokenSource();
        var calls = 0;
        var run = AttemptLoop.RunAsync<int, List<int>>((_, _) => { calls++; throw new Failure(); }, new List<int>(), Policy(Options(time: time), delay: TimeSpan.FromSeconds(3)), cts.Token);

        await time.WhenArmedAsync(d => d == TimeSpan.FromSeconds(3));
        cts.Cancel();

        Assert.That(() => run, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(calls, Is.EqualTo(1));
    }
}
