namespace Millis.AspNetCore.Tests.CustomLlm;

/// <summary>A handler whose callbacks are set per test; records what reached it.</summary>
public sealed class ScriptedHandler : MillisCustomLlmHandler
{
    public Func<MillisCallSession, MillisStreamResponder, CancellationToken, Task>? OnStart { get; set; }

    public Func<StreamRequestMessage, MillisStreamResponder, CancellationToken, Task>? OnRequest { get; set; }

    public TaskCompletionSource<MillisCallSession> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<PartialTranscriptMessage> Partial { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<PlaybackFinishedMessage> Playback { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<MillisCallSession> Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task OnCallStartedAsync(MillisCallSession session, MillisStreamResponder greeting, CancellationToken cancellationToken)
    {
        Started.TrySetResult(session);
        if (OnStart is not null)
        {
            await OnStart(session, greeting, cancellationToken);
        }
    }

    public override Task OnStreamRequestAsync(MillisCallSession session, StreamRequestMessage request, MillisStreamResponder reply, CancellationToken cancellationToken) =>
        OnRequest is null ? reply.EndAsync("default reply", cancellationToken).AsTask() : OnRequest(request, reply, cancellationToken);

    public override Task OnPartialTranscriptAsync(MillisCallSession session, PartialTranscriptMessage message, CancellationToken cancellationToken)
    {
        Partial.TrySetResult(message);
        return Task.CompletedTask;
    }

    public override Task OnPlaybackFinishedAsync(MillisCallSession session, PlaybackFinishedMessage message, CancellationToken cancellationToken)
    {
        Playback.TrySetResult(message);
        return Task.CompletedTask;
    }

    public override Task OnCallEndedAsync(MillisCallSession session)
    {
        Ended.TrySetResult(session);
        return Task.CompletedTask;
    }
}
