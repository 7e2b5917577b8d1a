using Microsoft.Extensions.Time.Testing;

namespace Millis.Tests.TestSupport;

/// <summary>
/// Fake time that says when a timer was armed. A test advances the clock only once the timer it means to fire is
/// registered, so it never races the code under test (advancing first would leave a timer created afterwards
/// due at "advanced now + delay", never to fire). Timers are reported after they are registered with the fake clock.
/// </summary>
internal sealed class SignallingTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<(Func<TimeSpan, bool> Match, int Count, TaskCompletionSource<TimeSpan> Done)> _waiters = [];

    public SignallingTimeProvider(DateTimeOffset? start = null) => Fake = start is { } s ? new FakeTimeProvider(s) : new FakeTimeProvider();

    public FakeTimeProvider Fake { get; }

    /// <summary>Every due time armed so far (timer creation or change), in order; infinite ones left out.</summary>
    public IReadOnlyList<TimeSpan> Armed
    {
        get
        {
            lock (_gate)
            {
                return _armed.ToList();
            }
        }
    }

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Timer(this, Fake.CreateTimer(callback, state, dueTime, period));
        OnArmed(dueTime);
        return timer;
    }

    public void Advance(TimeSpan delta) => Fake.Advance(delta);

    /// <summary>Completes with the due time of the <paramref name="count"/>-th armed timer matching <paramref name="match"/>.</summary>
    public Task<TimeSpan> WhenArmedAsync(Func<TimeSpan, bool> match, int count = 1)
    {
        lock (_gate)
        {
            var seen = _armed.Where(match).ToList();
            if (seen.Count >= count)
            {
                return Task.FromResult(seen[count - 1]);
            }

            var done = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, count, done));
            return done.Task;
        }
    }

    /// <summary>A retry delay: any finite, positive due time (tests that use this turn the per-attempt timeout off).</summary>
    public Task<TimeSpan> WhenRetryArmedAsync(int count = 1) => WhenArmedAsync(d => d > TimeSpan.Zero, count);

    private void OnArmed(TimeSpan due)
    {
        if (due == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _armed.Add(due);
            foreach (var waiter in _waiters.ToList())
            {
                var matches = _armed.Where(waiter.Match).ToList();
                if (matches.Count >= waiter.Count)
                {
                    _waiters.Remove(waiter);
                    waiter.Done.SetResult(matches[waiter.Count - 1]);
                }
            }
        }
    }

    private sealed class Timer(SignallingTimeProvider owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = inner.Change(dueTime, period);
            owner.OnArmed(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
