namespace Millis.AspNetCore;

/// <summary>One <c>stream_response</c> frame: text to speak and how.</summary>
public sealed class MillisStreamResponse
{
    /// <summary>The text to speak (<c>content</c>); may be empty, e.g. for a pause or the final frame.</summary>
    public string Content { get; init; } = "";

    /// <summary>Speak now rather than waiting for a full sentence (<c>flush</c>); omitted when null.</summary>
    public bool? Flush { get; init; }

    /// <summary>A pause before speaking on (<c>pause</c>, milliseconds); omitted when null.</summary>
    public int? PauseMilliseconds { get; init; }

    /// <summary>The last frame of this stream (<c>end_of_stream</c>).</summary>
    public bool EndOfStream { get; init; }

    /// <summary>Describes the frame without its text (safe to log).</summary>
    public override string ToString() => $"stream_response ({Content.Length} chars, flush={Flush}, pause={PauseMilliseconds}, end={EndOfStream})";
}
