namespace Millis.AspNetCore.Internal;

/// <summary>One reply stream of a call: its id, the token its handler watches, and what was sent.</summary>
internal sealed class StreamState : IDisposable
{
    private readonly CancellationTokenSource _cts;

    public StreamState(MillisStreamId id, bool isGreeting, CancellationToken callToken)
    {
        Id = id;
        IsGreeting = isGreeting;
        _cts = CancellationTokenSource.CreateLinkedTokenSource(callToken);
    }

    public MillisStreamId Id { get; }

    /// <summary>The reply to <c>start_call</c>: ended for the handler only if it sent something.</summary>
    public bool IsGreeting { get; }

    /// <summary>Cancelled on interrupt, on a superseding request and when the call ends. Once cancelled, no frame of this stream is sent.</summary>
    public CancellationToken Token => _cts.Token;

    public bool Stopped => _cts.IsCancellationRequested;

    /// <summary>Set under the send lock once <c>end_of_stream</c> went out.</summary>
    public bool Ended { get; set; }

    /// <summary>Set under the send lock once any frame went out.</summary>
    public bool AnySent { get; set; }

    public Task Completion { get; set; } = Task.CompletedTask;

    public void Stop()
    {
        try
        {
            _cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already finished and disposed: nothing left to stop.
        }
    }

    public void Dispose() => _cts.Dispose();
}
