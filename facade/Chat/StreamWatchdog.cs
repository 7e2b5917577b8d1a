namespace Millis.Chat;

/// <summary>The limits a chat stream runs under: <see cref="MillisClientOptions.StreamFirstEventTimeout"/>, <see cref="MillisClientOptions.StreamIdleTimeout"/> and the clock.</summary>
internal readonly struct StreamLimits
{
    public StreamLimits(TimeSpan firstEvent, TimeSpan idle, TimeProvider time)
    {
        FirstEvent = firstEvent;
        Idle = idle;
        Time = time;
    }

    /// <summary>No limits: the stream waits as long as the caller's token allows.</summary>
    public static StreamLimits None => new(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan, TimeProvider.System);

    public TimeSpan FirstEvent { get; }

    public TimeSpan Idle { get; }

    public TimeProvider Time { get; }

    public bool IsNone => FirstEvent == Timeout.InfiniteTimeSpan && Idle == Timeout.InfiniteTimeSpan;

    public static StreamLimits From(MillisClientOptions? options) =>
        options is null ? None : new(options.StreamFirstEventTimeout, options.StreamIdleTimeout, options.TimeProvider);
}

/// <summary>
/// Cancels a stream's reads when the server stays quiet too long. <see cref="Arm"/> before waiting for the network,
/// <see cref="Disarm"/> when the wait ends; the limit fires only while armed, so time spent in the caller's code between
/// events never counts. One timer per stream (from <see cref="StreamLimits.Time"/>), re-armed with
/// <see cref="ITimer.Change"/>, so a stream costs no allocation per event.
/// </summary>
/// <remarks>
/// The timer is never changed under a lock the timer callback also takes (a <c>FakeTimeProvider</c> runs callbacks on
/// the thread that advances it). A callback that comes too early or belongs to an earlier wait checks the deadline and
/// re-arms for the rest.
/// </remarks>
internal sealed class StreamWatchdog : IDisposable
{
    private const int Idle = 0;
    private const int Armed = 1;
    private const int Fired = 2;
    private const int Disposed = 3;

    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _cts;
    private readonly ITimer _timer;
    private long _deadline;
    private int _state;

    public StreamWatchdog(TimeProvider time, CancellationToken cancellationToken)
    {
        _time = time;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _timer = time.CreateTimer(static state => ((StreamWatchdog)state!).OnTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Cancelled when the caller's token is, or when a limit fires.</summary>
    public CancellationToken Token => _cts.Token;

    /// <summary>True once a limit fired (the reads were cancelled by this watchdog).</summary>
    public bool HasFired => Volatile.Read(ref _state) == Fired;

    /// <summary>Which limit fired (or was last armed).</summary>
    public MillisStreamTimeoutKind Kind { get; private set; }

    /// <summary>The value of the limit that fired (or was last armed).</summary>
    public TimeSpan Limit { get; private set; }

    /// <summary>Starts the clock for one wait; an infinite limit does nothing.</summary>
    public void Arm(MillisStreamTimeoutKind kind, TimeSpan limit)
    {
        if (limit == Timeout.InfiniteTimeSpan || Volatile.Read(ref _state) != Idle)
        {
            return;
        }

        Kind = kind;
        Limit = limit;
        Interlocked.Exchange(ref _deadline, _time.GetTimestamp() + ToTimestampTicks(limit));
        if (Interlocked.CompareExchange(ref _state, Armed, Idle) == Idle)
        {
            _timer.Change(limit, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Stops the clock: the wait ended. A timer callback still in flight then does nothing.</summary>
    public void Disarm() => Interlocked.CompareExchange(ref _state, Idle, Armed);

    public void Dispose()
    {
        Interlocked.Exchange(ref _state, Disposed);
        _timer.Dispose();
        _cts.Dispose();
    }

    private void OnTimer()
    {
        if (Volatile.Read(ref _state) != Armed)
        {
            return;
        }

        var remaining = Interlocked.Read(ref _deadline) - _time.GetTimestamp();
        if (remaining > 0)
        {
            // Early, or left over from an earlier wait: wait for the rest of this one.
            _timer.Change(TimeSpan.FromTicks(Math.Max(1, (long)(remaining * ((double)TimeSpan.TicksPerSecond / _time.TimestampFrequency)))), Timeout.InfiniteTimeSpan);
            return;
        }

        if (Interlocked.CompareExchange(ref _state, Fired, Armed) == Armed)
        {
            try
            {
                _cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The stream ended at the same moment.
            }
        }
    }

    private long ToTimestampTicks(TimeSpan span) => (long)(span.Ticks * ((double)_time.TimestampFrequency / TimeSpan.TicksPerSecond));
}
