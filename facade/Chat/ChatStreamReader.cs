using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using Newtonsoft.Json;

namespace Millis.Chat;

/// <summary>
/// Turns a <c>text/event-stream</c> body into <see cref="ChatStreamEvent"/>s as the bytes arrive. Framing (chunk
/// boundaries, LF/CRLF/CR, comments, multi-line <c>data</c>, <c>id:</c>/<c>retry:</c>) is System.Net.ServerSentEvents';
/// this class checks each event's data is UTF-8, maps it with <see cref="ChatChunkParser"/>, and enforces the
/// first-event and idle limits.
/// </summary>
internal static class ChatStreamReader
{
    private const string DefaultEventType = "message";
    private const string DoneSentinel = "[DONE]";

    /// <summary>Reads events until the body ends or <c>[DONE]</c> arrives, with no time limits. Does not dispose <paramref name="body"/>.</summary>
    public static IAsyncEnumerable<ChatStreamEvent> ReadAsync(Stream body, CancellationToken cancellationToken = default) =>
        ReadAsync(body, StreamLimits.None, includeUsage: false, cancellationToken);

    /// <summary>Reads events until the body ends or <c>[DONE]</c> arrives. Does not dispose <paramref name="body"/>.</summary>
    /// <exception cref="MillisStreamException">An event's data is not JSON or not UTF-8, or the body read failed (the connection dropped).</exception>
    /// <exception cref="MillisStreamTimeoutException">A limit of <paramref name="limits"/> passed without an event.</exception>
    /// <param name="body">The response body.</param>
    /// <param name="limits">The first-event and idle limits.</param>
    /// <param name="includeUsage">Whether chunks with <c>usage</c> yield <see cref="ChatUsage"/>.</param>
    /// <param name="cancellationToken">Ends the read.</param>
    public static async IAsyncEnumerable<ChatStreamEvent> ReadAsync(Stream body, StreamLimits limits, bool includeUsage = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var watchdog = limits.IsNone ? null : new StreamWatchdog(limits.Time, cancellationToken);
        var token = watchdog?.Token ?? cancellationToken;
        var items = SseParser.Create(body, static (type, data) => EventData.Decode(data)).EnumerateAsync(token).GetAsyncEnumerator(token);
        var parser = new ChatChunkParser();
        var events = new List<ChatStreamEvent>(4);
        var received = 0;
        try
        {
            while (true)
            {
                SseItem<EventData> item;
                try
                {
                    var next = items.MoveNextAsync();
                    bool more;
                    if (next.IsCompleted || watchdog is null)
                    {
                        // Already buffered: no wait, so no limit to watch.
                        // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
                        more = await next.ConfigureAwait(false);
                    }
                    else
                    {
                        watchdog.Arm(
                            received == 0 ? MillisStreamTimeoutKind.FirstEvent : MillisStreamTimeoutKind.Idle,
                            received == 0 ? limits.FirstEvent : limits.Idle);
                        try
                        {
                            // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
                            more = await next.ConfigureAwait(false);
                        }
                        finally
                        {
                            watchdog.Disarm();
                        }
                    }

                    if (!more)
                    {
                        break;
                    }

                    item = items.Current;
                }
                catch (Exception ex) when (watchdog is { HasFired: true } && !cancellationToken.IsCancellationRequested)
                {
                    throw new MillisStreamTimeoutException(watchdog.Kind, watchdog.Limit, received, ex);
                }
                catch (Exception ex) when ((ex is IOException || ex is HttpRequestException) && !cancellationToken.IsCancellationRequested)
                {
                    throw new MillisStreamException(
                        $"The chat stream ended early: the connection dropped before the response body ended ({ex.GetType().Name}: {ex.Message}). The answer is incomplete.",
                        rawData: null,
                        endedEarly: true,
                        ex);
                }

                received++;
                if (!Map(item, parser, events, includeUsage))
                {
                    for (var i = 0; i < events.Count; i++)
                    {
                        yield return events[i];
                    }

                    continue;
                }

                yield return ChatDone.Instance;
                break;
            }
        }
        // Stryker disable once Block : emptying the finally block only skips the enumerator's disposal (see below), which is not observable
        finally
        {
            // Stryker disable once Statement,Boolean : the SseParser enumerator owns only a pooled buffer (the body is the caller's to dispose), so disposing it or not is not observable; ConfigureAwait(true) differs only under a SynchronizationContext
            await items.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Maps one server-sent event into <paramref name="events"/> (cleared first). Returns true when it was
    /// <c>[DONE]</c> (<paramref name="events"/> is then empty): the stream ends.
    /// </summary>
    /// <exception cref="MillisStreamException">The data is not UTF-8, or not JSON (and not <c>[DONE]</c>).</exception>
    private static bool Map(SseItem<EventData> item, ChatChunkParser parser, List<ChatStreamEvent> events, bool includeUsage)
    {
        events.Clear();
        var data = item.Data.Text;
        if (!item.Data.IsValidUtf8)
        {
            throw new MillisStreamException(
                "The chat stream sent an event whose data is not valid UTF-8, so the text was corrupted on the way. RawData shows the data with U+FFFD in place of the invalid bytes.",
                data,
                endedEarly: false);
        }

        // Stryker disable once Conditional : SseParser already reports an event without an "event:" field as "message", so EventType is never empty here
        var eventType = string.IsNullOrEmpty(item.EventType) ? DefaultEventType : item.EventType;
        if (!string.Equals(eventType, DefaultEventType, StringComparison.Ordinal))
        {
            events.Add(new ChatUnknownEvent(eventType, data, item.EventId));
            return false;
        }

        if (string.IsNullOrWhiteSpace(data))
        {
            // An empty data field works as a keep-alive; it carries nothing.
            return false;
        }

        if (IsDone(data))
        {
            return true;
        }

        bool isChunk;
        try
        {
            isChunk = parser.TryParse(data, events, includeUsage);
        }
        catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is OverflowException || ex is InvalidCastException || ex is ArgumentException)
        {
            throw new MillisStreamException(
                $"The chat stream sent an event whose data is not valid JSON ({ex.Message}). See RawData for the data as received.",
                data,
                endedEarly: false,
                ex);
        }

        if (!isChunk)
        {
            events.Add(new ChatUnknownEvent(eventType, data, item.EventId));
        }

        return false;
    }

    private static bool IsDone(string data) =>
        data.Length >= DoneSentinel.Length
        && (data.Length == DoneSentinel.Length ? string.Equals(data, DoneSentinel, StringComparison.Ordinal) : string.Equals(data.Trim(), DoneSentinel, StringComparison.Ordinal));

    /// <summary>An event's data decoded from UTF-8, and whether the bytes were valid UTF-8.</summary>
    internal readonly struct EventData
    {
        private EventData(string text, bool isValidUtf8)
        {
            Text = text;
            IsValidUtf8 = isValidUtf8;
        }

        public string Text { get; }

        public bool IsValidUtf8 { get; }

        public static EventData Decode(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty)
            {
                return new EventData(string.Empty, true);
            }

#if NET8_0_OR_GREATER
            return System.Text.Unicode.Utf8.IsValid(bytes)
                ? new EventData(Encoding.UTF8.GetString(bytes), true)
                : new EventData(Encoding.UTF8.GetString(bytes), false);
#else
            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(bytes.Length);
            try
            {
                bytes.CopyTo(rented);
                try
                {
                    return new EventData(StrictUtf8.GetString(rented, 0, bytes.Length), true);
                }
                catch (DecoderFallbackException)
                {
                    return new EventData(Encoding.UTF8.GetString(rented, 0, bytes.Length), false);
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
#endif
        }

#if !NET8_0_OR_GREATER
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif
    }
}
