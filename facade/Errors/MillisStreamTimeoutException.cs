namespace Millis;

/// <summary>Which limit of a chat stream fired (see <see cref="MillisStreamTimeoutException"/>).</summary>
public enum MillisStreamTimeoutKind
{
    /// <summary>No event arrived within <see cref="MillisClientOptions.StreamFirstEventTimeout"/> of the response headers.</summary>
    FirstEvent,

    /// <summary>No next event arrived within <see cref="MillisClientOptions.StreamIdleTimeout"/>.</summary>
    Idle,
}

/// <summary>
/// A chat stream went quiet: the server sent no event within <see cref="MillisClientOptions.StreamFirstEventTimeout"/>
/// after the response headers, or within <see cref="MillisClientOptions.StreamIdleTimeout"/> after an event. The SDK
/// closed the connection when the limit passed (so the server sees the request aborted); the events already yielded
/// stay valid, but the answer is incomplete. Not a cancellation by the caller.
/// </summary>
public sealed class MillisStreamTimeoutException : MillisStreamException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="kind">Which limit fired.</param>
    /// <param name="timeout">Its value.</param>
    /// <param name="eventsReceived">How many server-sent events had arrived before it fired.</param>
    /// <param name="innerException">The cancelled read, if any.</param>
    public MillisStreamTimeoutException(MillisStreamTimeoutKind kind, TimeSpan timeout, int eventsReceived, Exception? innerException = null)
        : base(MessageFor(kind, timeout, eventsReceived), rawData: null, endedEarly: true, innerException)
    {
        Kind = kind;
        Timeout = timeout;
        EventsReceived = eventsReceived;
    }

    /// <summary>Which limit fired.</summary>
    public MillisStreamTimeoutKind Kind { get; }

    /// <summary>The limit's value.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>How many server-sent events had arrived before the limit fired (0 for <see cref="MillisStreamTimeoutKind.FirstEvent"/>).</summary>
    public int EventsReceived { get; }

    /// <summary>The name of the option that sets the limit, e.g. <c>MillisClientOptions.StreamIdleTimeout</c>.</summary>
    public string OptionName => OptionFor(Kind);

    private static string OptionFor(MillisStreamTimeoutKind kind) =>
        kind == MillisStreamTimeoutKind.FirstEvent ? "MillisClientOptions.StreamFirstEventTimeout" : "MillisClientOptions.StreamIdleTimeout";

    private static string MessageFor(MillisStreamTimeoutKind kind, TimeSpan timeout, int events)
    {
        var seconds = timeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        var what = kind == MillisStreamTimeoutKind.FirstEvent
            ? $"no event arrived within {seconds} s of the response headers"
            : $"no further event arrived within {seconds} s (after {events} event(s))";
        return $"The chat stream timed out: {what}, so the SDK closed the connection and the answer is incomplete. " +
               $"Raise {OptionFor(kind)} (or set it to Timeout.InfiniteTimeSpan) if the agent legitimately pauses longer.";
    }
}
