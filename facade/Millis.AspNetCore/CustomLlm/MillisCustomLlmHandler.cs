namespace Millis.AspNetCore;

/// <summary>
/// Your side of a custom-LLM call. One instance serves one WebSocket connection (one call). Replies go through the
/// <see cref="MillisStreamResponder"/> each stream gets; its token is cancelled the moment Millis sends
/// <c>interrupt</c> for that stream (or a newer <c>stream_request</c> supersedes it), after which nothing more is sent
/// for that stream.
/// </summary>
/// <remarks>
/// Stream handlers run concurrently with the receive loop, so interrupts are seen while you generate. Partial
/// transcripts and playback notices are handled inline, in order: keep those handlers quick. An exception from a
/// handler is logged and ends that stream (with <c>end_of_stream</c>); it never closes the connection.
/// </remarks>
public abstract class MillisCustomLlmHandler
{
    /// <summary>
    /// The call started. Send a greeting through <paramref name="greeting"/> (it uses <c>start_call</c>'s stream id) or
    /// nothing, e.g. when the agent has a first message of its own.
    /// </summary>
    public virtual Task OnCallStartedAsync(MillisCallSession session, MillisStreamResponder greeting, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Reply to the transcript so far. Stream text with <see cref="MillisStreamResponder.SendAsync(string, bool, CancellationToken)"/>;
    /// if you return without calling <see cref="MillisStreamResponder.EndAsync"/>, <c>end_of_stream</c> is sent for you.
    /// </summary>
    public abstract Task OnStreamRequestAsync(MillisCallSession session, StreamRequestMessage request, MillisStreamResponder reply, CancellationToken cancellationToken);

    /// <summary>What the caller is saying, as it is recognized. Default: nothing.</summary>
    public virtual Task OnPartialTranscriptAsync(MillisCallSession session, PartialTranscriptMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A stream's reply finished playing. Default: nothing.</summary>
    public virtual Task OnPlaybackFinishedAsync(MillisCallSession session, PlaybackFinishedMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The connection closed (normally or not); every stream has been stopped. Default: nothing.</summary>
    public virtual Task OnCallEndedAsync(MillisCallSession session) => Task.CompletedTask;
}
