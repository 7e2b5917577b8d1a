namespace Millis.AspNetCore;

/// <summary>The <c>type</c> strings of the custom-LLM WebSocket protocol documented by Millis.</summary>
public static class MillisCustomLlmMessageTypes
{
    /// <summary>Millis → you: a call started (<c>start_call</c>).</summary>
    public const string StartCall = "start_call";

    /// <summary>Millis → you: reply to the transcript so far (<c>stream_request</c>).</summary>
    public const string StreamRequest = "stream_request";

    /// <summary>Millis → you: what the caller is saying, as it is recognized (<c>partial_transcript</c>).</summary>
    public const string PartialTranscript = "partial_transcript";

    /// <summary>Millis → you: a reply finished playing (<c>playback_finished</c>).</summary>
    public const string PlaybackFinished = "playback_finished";

    /// <summary>Millis → you: the caller barged in; stop that stream (<c>interrupt</c>).</summary>
    public const string Interrupt = "interrupt";

    /// <summary>You → Millis: text to speak (<c>stream_response</c>).</summary>
    public const string StreamResponse = "stream_response";
}
