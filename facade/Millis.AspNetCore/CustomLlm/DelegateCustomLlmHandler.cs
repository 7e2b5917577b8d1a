namespace Millis.AspNetCore.Internal;

/// <summary>A handler that only answers stream requests, with a delegate.</summary>
internal sealed class DelegateCustomLlmHandler : MillisCustomLlmHandler
{
    private readonly Func<StreamRequestMessage, MillisStreamResponder, CancellationToken, Task> _onStreamRequest;

    public DelegateCustomLlmHandler(Func<StreamRequestMessage, MillisStreamResponder, CancellationToken, Task> onStreamRequest) => _onStreamRequest = onStreamRequest;

    public override Task OnStreamRequestAsync(MillisCallSession session, StreamRequestMessage request, MillisStreamResponder reply, CancellationToken cancellationToken) =>
        _onStreamRequest(request, reply, cancellationToken);
}
