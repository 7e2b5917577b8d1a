using System.Net.Http;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Chat;

/// <summary>
/// Turns a <c>text/event-stream</c> body into <see cref="ChatStreamEvent"/>s as the bytes arrive. Framing (chunk
/// boundaries, LF/CRLF/CR, comments, multi-line <c>data</c>, <c>id:</c>/<c>retry:</c>) is System.Net.ServerSentEvents';
/// this class maps each event's data.
/// </summary>
internal static class ChatStreamReader
{
    private const string DefaultEventType = "message";
    private const string DoneSentinel = "[DONE]";

    /// <summary>Reads events until the body ends or <c>[DONE]</c> arrives. Does not dispose <paramref name="body"/>.</summary>
    /// <exception cref="MillisStreamException">An event's data is not JSON, or the body read failed (the connection dropped).</exception>
    public static async IAsyncEnumerable<ChatStreamEvent> ReadAsync(Stream body, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var items = SseParser.Create(body).EnumerateAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (true)
            {
                SseItem<string> item;
                try
                {
                    if (!await items.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }

                    item = items.Current;
                }
                catch (Exception ex) when ((ex is IOException || ex is HttpRequestException) && !cancellationToken.IsCancellationRequested)
                {
                    throw new MillisStreamException(
                        $"The chat stream ended early: the connection dropped before the response body ended ({ex.GetType().Name}: {ex.Message}). The answer is incomplete.",
                        rawData: null,
                        endedEarly: true,
                        ex);
                }

                var done = false;
                foreach (var streamEvent in Map(item))
                {
                    done |= streamEvent is ChatDone;
                    yield return streamEvent;
                }

                if (done)
                {
                    break;
                }
            }
        }
        finally
        {
            await items.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Maps one server-sent event to zero or more stream events.</summary>
    /// <exception cref="MillisStreamException">The data is not JSON (and not <c>[DONE]</c>).</exception>
    internal static IReadOnlyList<ChatStreamEvent> Map(SseItem<string> item)
    {
        var data = item.Data ?? string.Empty;
        var eventType = string.IsNullOrEmpty(item.EventType) ? DefaultEventType : item.EventType;
        if (!string.Equals(eventType, DefaultEventType, StringComparison.Ordinal))
        {
            return [new ChatUnknownEvent(eventType, data, item.EventId)];
        }

        if (string.IsNullOrWhiteSpace(data))
        {
            // An empty data field works as a keep-alive; it carries nothing.
            return [];
        }

        if (string.Equals(data.Trim(), DoneSentinel, StringComparison.Ordinal))
        {
            return [ChatDone.Instance];
        }

        var json = ParseJson(data);
        var events = new List<ChatStreamEvent>();
        return TryMapChunk(json, events) ? events : [new ChatUnknownEvent(eventType, data, item.EventId)];
    }

    private static JToken ParseJson(string data)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(data))
            {
                DateParseHandling = DateParseHandling.None,
                FloatParseHandling = FloatParseHandling.Double,
                MaxDepth = 64,
            };
            var token = JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException($"Unexpected content after the JSON value at position {reader.LinePosition}.");
                }
            }

            return token;
        }
        catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is OverflowException || ex is InvalidCastException || ex is ArgumentException)
        {
            throw new MillisStreamException(
                $"The chat stream sent an event whose data is not valid JSON ({ex.Message}). See RawData for the data as received.",
                data,
                endedEarly: false,
                ex);
        }
    }

    /// <summary>Reads an OpenAI-style chunk; false when the JSON has another shape (it then becomes one unknown event).</summary>
    private static bool TryMapChunk(JToken json, List<ChatStreamEvent> events)
    {
        if (json is not JObject root || root["choices"] is not JArray choices)
        {
            return false;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            if (choices[i] is not JObject choice || !TryGetIndex(choice, i, out var choiceIndex))
            {
                return false;
            }

            var delta = choice["delta"];
            if (delta is JObject deltaObject)
            {
                if (!TryGetString(deltaObject, "content", out var content))
                {
                    return false;
                }

                if (!string.IsNullOrEmpty(content))
                {
                    events.Add(new ChatTextDelta(content!, choiceIndex));
                }

                if (!TryMapToolCalls(deltaObject["tool_calls"], choiceIndex, events))
                {
                    return false;
                }
            }
            else if (!IsAbsent(delta))
            {
                return false;
            }

            if (!TryGetString(choice, "finish_reason", out var finishReason))
            {
                return false;
            }

            if (finishReason is not null)
            {
                events.Add(new ChatFinish(finishReason, choiceIndex));
            }
        }

        return true;
    }

    private static bool TryMapToolCalls(JToken? toolCalls, int choiceIndex, List<ChatStreamEvent> events)
    {
        if (IsAbsent(toolCalls))
        {
            return true;
        }

        if (toolCalls is not JArray calls)
        {
            return false;
        }

        for (var j = 0; j < calls.Count; j++)
        {
            if (calls[j] is not JObject call
                || !TryGetIndex(call, j, out var index)
                || !TryGetString(call, "id", out var id))
            {
                return false;
            }

            string? name = null;
            string? arguments = null;
            var function = call["function"];
            if (function is JObject functionObject)
            {
                if (!TryGetString(functionObject, "name", out name) || !TryGetString(functionObject, "arguments", out arguments))
                {
                    return false;
                }
            }
            else if (!IsAbsent(function))
            {
                return false;
            }

            events.Add(new ChatToolCallDelta(index, id, name, arguments, choiceIndex));
        }

        return true;
    }

    private static bool TryGetIndex(JObject owner, int position, out int index)
    {
        var token = owner["index"];
        if (IsAbsent(token))
        {
            index = position;
            return true;
        }

        if (token!.Type == JTokenType.Integer && token is JValue { Value: long value } && value is >= 0 and <= int.MaxValue)
        {
            index = (int)value;
            return true;
        }

        index = 0;
        return false;
    }

    private static bool TryGetString(JObject owner, string name, out string? value)
    {
        var token = owner[name];
        value = null;
        if (IsAbsent(token))
        {
            return true;
        }

        if (token!.Type != JTokenType.String)
        {
            return false;
        }

        value = (string?)token;
        return true;
    }

    private static bool IsAbsent(JToken? token) => token is null || token.Type == JTokenType.Null;
}
