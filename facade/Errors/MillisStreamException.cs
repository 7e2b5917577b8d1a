namespace Millis;

/// <summary>
/// A chat stream (<c>POST /chat/completions</c>) could not be read: the server sent an event whose data is not JSON
/// or not valid UTF-8 (<see cref="RawData"/> holds it), or the connection dropped before the body ended
/// (<see cref="EndedEarly"/>). Derived types: <see cref="MillisStreamTimeoutException"/> (the server went quiet) and
/// <see cref="MillisStreamContentTypeException"/> (a 200 that was not an event stream).
/// </summary>
/// <remarks>
/// <para>
/// Why a malformed payload is an error and not an unknown event: the only documented payload is an OpenAI-style JSON
/// chunk, so data that does not parse as JSON means the stream is corrupt or does not come from the Millis API.
/// Skipping it could silently drop part of the answer. Well-formed JSON of an unrecognized shape, and events with an
/// unknown name, are not errors: they arrive as <c>ChatUnknownEvent</c>.
/// </para>
/// <para>
/// Why invalid UTF-8 is an error and not replaced with U+FFFD: the API sends JSON, which is UTF-8; bytes that do not
/// decode mean the stream was corrupted on the way, and replacing them would silently change the agent's words. The
/// exception's <see cref="RawData"/> shows the data decoded with U+FFFD in place of the bad bytes, so you can see where.
/// </para>
/// <para>
/// Why a drop is an error but a clean end is not: the API never promises a <c>[DONE]</c> sentinel, so a body that ends
/// normally ends the stream normally. A read that fails (the connection was reset or closed in the middle of the body)
/// means the answer is incomplete.
/// </para>
/// <para>Errors before the stream starts (a non-200 status) are <see cref="MillisApiException"/>s, not this type.</para>
/// </remarks>
public class MillisStreamException : MillisException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="rawData">The data of the offending event as received, or null when the stream dropped.</param>
    /// <param name="endedEarly">True when the connection dropped before the body ended.</param>
    /// <param name="innerException">The JSON or I/O error.</param>
    public MillisStreamException(string message, string? rawData, bool endedEarly, Exception? innerException = null)
        : base(message, innerException)
    {
        RawData = rawData;
        EndedEarly = endedEarly;
    }

    /// <summary>
    /// The <c>data</c> field of the event that could not be parsed, exactly as received (the lines of a multi-line
    /// <c>data</c> field joined with <c>\n</c>); null when the stream dropped. Kept out of <see cref="Exception.Message"/>
    /// because it can hold the conversation.
    /// </summary>
    public string? RawData { get; }

    /// <summary>True when the connection dropped (a read of the body failed) before the stream ended.</summary>
    public bool EndedEarly { get; }
}
