using System.Runtime.ExceptionServices;

namespace Millis.Http;

/// <summary>
/// Runs one call's attempts: each under its own timeout (<see cref="MillisClientOptions.Timeout"/>, on the options'
/// clock), repeated while <see cref="RetryDecision"/> allows and <see cref="MillisClientOptions.MaxRetries"/> lasts.
/// Written here rather than taken from a resilience library: the policy is one loop, and a library's pipeline cost
/// every call a few kilobytes and a fresh process tens of milliseconds to load (docs/benchmarks.md).
/// </summary>
internal static class AttemptLoop
{
    /// <summary>What the loop needs from its caller; built once per client and retry class, so a call allocates none of it.</summary>
    /// <typeparam name="TState">What one call carries across its attempts.</typeparam>
    /// <param name="Options">Timeout, retries and clock.</param>
    /// <param name="ShouldRetry">Whether a failed attempt may be repeated (the operation's retry class decides).</param>
    /// <param name="DelayFor">The wait before retry number N (0 for the first), given how the attempt failed.</param>
    /// <param name="OnRetry">Told before each wait: the number of the next attempt, the wait and the failure.</param>
    internal sealed record Policy<TState>(MillisClientOptions Options, Func<Exception, TState, bool> ShouldRetry, Func<int, Exception, TimeSpan> DelayFor, Action<int, TimeSpan, Exception> OnRetry);

    public static async Task<T> RunAsync<T, TState>(Func<TState, CancellationToken, Task<T>> attempt, TState state, Policy<TState> policy, CancellationToken cancellationToken)
    {
        var options = policy.Options;
        for (var retry = 0; ; retry++)
        {
            // A cancelled call sends nothing more, not even its first attempt.
            cancellationToken.ThrowIfCancellationRequested();
            Exception failure;
            using (var deadline = AttemptDeadline.Start(options.Timeout, options.TimeProvider, cancellationToken))
            {
                try
                {
                    // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
                    return await attempt(state, deadline?.Token ?? cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
                {
                    // The caller's own cancellation propagates as it is; the attempt's deadline becomes a timeout.
                    failure = deadline is { Expired: true } && ex is OperationCanceledException ? new AttemptTimeoutException(options.Timeout, ex) : ex;
                }
            }

            if (retry >= options.MaxRetries || cancellationToken.IsCancellationRequested || !policy.ShouldRetry(failure, state))
            {
                // Rethrown with the stack it was thrown with (a timeout, never thrown before, gets this one).
                ExceptionDispatchInfo.Capture(failure).Throw();
            }

            var delay = policy.DelayFor(retry, failure);
            policy.OnRetry(retry + 2, delay, failure);
            // Stryker disable once Equality : a delay of exactly zero completes at once, so waiting it or not is the same
            if (delay > TimeSpan.Zero)
            {
#if NET8_0_OR_GREATER
                // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
                await Task.Delay(delay, options.TimeProvider, cancellationToken).ConfigureAwait(false);
#else
                await options.TimeProvider.Delay(delay, cancellationToken).ConfigureAwait(false);
#endif
            }
        }
    }

    /// <summary>One attempt's timeout: a token cancelled by the caller or when the options' clock passes the deadline.</summary>
    private sealed class AttemptDeadline : IDisposable
    {
        private readonly CancellationTokenSource _source;
        private readonly ITimer _timer;
        private int _expired;

        private AttemptDeadline(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
        {
            // Stryker disable once Conditional : a source linked to a token that can never be cancelled behaves exactly like a plain one; the check only saves the link
            _source = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : new CancellationTokenSource();
            _timer = time.CreateTimer(static s => ((AttemptDeadline)s!).Expire(), this, timeout, Timeout.InfiniteTimeSpan);
        }

        public CancellationToken Token => _source.Token;

        /// <summary>True once the deadline passed (not when only the caller cancelled).</summary>
        public bool Expired => Volatile.Read(ref _expired) == 1;

        /// <summary>Null when attempts have no timeout.</summary>
        public static AttemptDeadline? Start(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken) =>
            timeout == Timeout.InfiniteTimeSpan ? null : new AttemptDeadline(timeout, time, cancellationToken);

        public void Dispose()
        {
            _timer.Dispose();
            _source.Dispose();
        }

        private void Expire()
        {
            Volatile.Write(ref _expired, 1);
            try
            {
                _source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The attempt ended and disposed its token just as the timer fired: nothing left to cancel.
            }
        }
    }
}

/// <summary>An attempt did not finish within <see cref="MillisClientOptions.Timeout"/> (the inner exception of <see cref="MillisTimeoutException"/>).</summary>
internal sealed class AttemptTimeoutException(TimeSpan timeout, Exception innerException)
    : TimeoutException($"The attempt did not complete within {timeout}.", innerException);
