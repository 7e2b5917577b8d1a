using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.AspNetCore;

/// <summary>
/// Turns the end-of-call record's <c>chat</c> (a JSON-encoded string) into the client SDK's <see cref="ChatMessage"/>s,
/// which keep a message of an unknown role as raw JSON (<see cref="JsonUnion.IsUnknown"/>) instead of failing.
/// </summary>
internal static class ChatHistoryParser
{
    // Dates stay strings: message text that looks like a date must arrive exactly as spoken.
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault(new JsonSerializerSettings { DateParseHandling = DateParseHandling.None });

    /// <summary>The messages, or null when <paramref name="json"/> is not a JSON array.</summary>
    public static IReadOnlyList<ChatMessage>? TryParse(string json)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            var token = JToken.ReadFrom(reader);
            if (token is not JArray array || reader.Read())
            {
                return null;
            }

            var messages = new List<ChatMessage>(array.Count);
            foreach (var item in array)
            {
                if (item.Type != JTokenType.Null && item.ToObject<ChatMessage>(Serializer) is { } message)
                {
                    messages.Add(message);
                }
            }

            return messages;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
