using Microsoft.Extensions.Time.Testing;

namespace Millis.Tests.TestSupport;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when a timer has been armed, so a test advances fake time only once it
/// has proof the timer it wants to fire is registered (never racing real scheduling against fake time).
/// </summary>
internal sealed class ObservedTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<TimeSpan> _armed = [];
    private readonly List<(TimeSpan Due, int Count, TaskCompletionSource Done)> _waiters = [];

    private int _timersCreated;

    public FakeTimeProvider Fake { get; } = new();

    /// <summary>How many timers were created through this clock.</summary>
    public int TimersCreated => Volatile.Read(ref _timersCreated);

    public override long TimestampFrequency => Fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Fake.LocalTimeZone;

    public override DateTimeOffset GetUtcNow() => Fake.GetUtcNow();

    public override long GetTimestamp() => Fake.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timersCreated);
        var timer = new ObservedTimer(this, Fake.CreateTimer(callback, state, dueTime, period));
        Armed(dueTime);
        return timer;
    }

    /// <summary>Advances the fake clock.</summary>
    public void Advance(TimeSpan delta) => Fake.Advance(delta);

    /// <summary>Completes once timers have been armed (created or changed) with <paramref name="due"/> at least <paramref name="times"/> times in all.</summary>
    public Task WhenArmedAsync(TimeSpan due, int times = 1)
    {
        lock (_gate)
        {
            if (_armed.Count(d => d == due) >= times)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((due, times, done));
            return done.Task;
        }
    }

    private void Armed(TimeSpan due)
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
                if (waiter.Due == due && _armed.Count(d => d == due) >= waiter.Count)
                {
                    _waiters.Remove(waiter);
                    waiter.Done.SetResult();
                }
            }
        }
    }

    private sealed class ObservedTimer(ObservedTimeProvider owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            // Signalled after the change: when a test hears of it, the fake timer is registered with that due time.
            var changed = inner.Change(dueTime, period);
            owner.Armed(dueTime);
            return changed;
        }

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
