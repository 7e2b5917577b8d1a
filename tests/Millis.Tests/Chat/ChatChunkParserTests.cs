using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Millis.Chat;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Chat;

/// <summary>
/// The forward-only chunk parser against the reference it replaced: load the data into a <c>JObject</c> and read the
/// chunk from it. Same events, the same "not a chunk" and the same "not JSON" for every input, including repeated
/// properties, comments, odd types and reordering; and a bounded allocation per event.
/// </summary>
public class ChatChunkParserTests
{
    /// <summary>The mapping the stream used before the forward-only parser (kept here as the reference).</summary>
    private static class Reference
    {
        /// <summary>The events; null when the JSON is not a chunk; throws JsonException when it is not JSON.</summary>
        public static List<ChatStreamEvent>? Map(string data)
        {
            using var reader = new JsonTextReader(new StringReader(data)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = 64 };
            var json = JToken.ReadFrom(reader);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    throw new JsonReaderException("Unexpected content after the JSON value.");
                }
            }

            var events = new List<ChatStreamEvent>();
            return TryMapChunk(json, events) ? events : null;
        }

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
                if (calls[j] is not JObject call || !TryGetIndex(call, j, out var index) || !TryGetString(call, "id", out var id))
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

    /// <summary>"events", "not a chunk" or "not JSON", for comparing the two parsers.</summary>
    private static string Outcome(Func<List<ChatStreamEvent>?> map)
    {
        try
        {
            return map() is { } events ? "events: " + string.Join(" | ", events) : "not a chunk";
        }
        catch (Exception ex) when (ex is JsonException || ex is FormatException || ex is OverflowException || ex is InvalidCastException || ex is ArgumentException)
        {
            return "not JSON";
        }
    }

    private static string Parsed(string data) => Outcome(() =>
    {
        var events = new List<ChatStreamEvent>();
        return new ChatChunkParser().TryParse(data, events) ? events : null;
    });

    private static string Expected(string data) => Outcome(() => Reference.Map(data));

    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"tok\"}}]}")]
    [TestCase("{\"choices\":[{\"finish_reason\":\"stop\",\"delta\":{\"content\":\"Bye\"},\"index\":3}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":5}},{\"delta\":{\"content\":\"x\"}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":5,\"content\":\"later wins\"}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"a\"},\"delta\":null}]}")]
    [TestCase("{\"choices\":[],\"choices\":[{\"delta\":{\"content\":\"second\"}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"first\"}}],\"choices\":7}")]
    [TestCase("{/*c*/\"choices\"/*c*/:/*c*/[/*c*/{\"delta\":{\"content\":\"x\"/*c*/}}/*c*/]}/*trailing*/")]
    [TestCase("/*only a comment*/")]
    [TestCase("/*c*/ {\"choices\":[]}")]
    [TestCase("{choices:[{delta:{content:'single'}}]}")]
    [TestCase("{\"choices\":[{\"index\":2147483648,\"delta\":{}}]}")]
    [TestCase("{\"choices\":[{\"index\":99999999999999999999999,\"delta\":{}}]}")]
    [TestCase("{\"choices\":[{\"index\":1.0,\"delta\":{}}]}")]
    [TestCase("{\"choices\":[{\"index\":-1,\"delta\":{}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":undefined}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":new Date(1)}}]}")]
    [TestCase("{\"choices\":[null]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":{\"arguments\":\"{}\",\"name\":\"f\"},\"id\":\"c\",\"index\":4},{\"function\":null}]}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"function\":\"f\"}]}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"tool_calls\":[1]}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"a\"}],\"tool_calls\":null}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"tool_calls\":[{\"id\":\"a\"}]},\"index\":\"zero\"}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"2024-01-02T03:04:05Z\"}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"x\"}}],\"extra\":{\"deep\":[[[{\"a\":[1,2,{\"b\":null}]}]]]}}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"x\"}}]")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"x\"}}]} {}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"x\"}}],}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"x\",}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":\"x\"}},]}")]
    [TestCase("{\"choices\":")]
    [TestCase("[")]
    [TestCase("{\"a\":")]
    [TestCase("nul")]
    public void MatchesTheJObjectMapping(string data)
    {
        Assert.That(Parsed(data), Is.EqualTo(Expected(data)), data);
    }

    private static readonly Gen<string> Values = Gen.Elements(
        "null", "1", "0", "-3", "2.5", "true", "\"\"", "\"tok\"", "\"stop\"", "[]", "{}", "[1,{\"a\":2}]", "{\"x\":[null]}", "/*c*/\"s\"");

    private static Gen<string> Obj(params (string Name, Gen<string> Value)[] fields) =>
        Gen.Elements(fields)
            .SelectMany(f => f.Value.Select(v => $"\"{f.Name}\":{v}"))
            .ArrayOf()
            .Select(props => "{" + string.Join(",", props) + "}");

    private static Gen<string> Arr(Gen<string> element) =>
        Gen.OneOf(element, Values).ArrayOf().Select(items => "[" + string.Join(",", items) + "]");

    private static readonly Gen<string> Function = Obj(("name", Gen.OneOf(Values, Gen.Constant("\"f\""))), ("arguments", Gen.OneOf(Values, Gen.Constant("\"{\\\"a\\\":1}\""))), ("other", Values));

    private static readonly Gen<string> ToolCall = Obj(("index", Values), ("id", Gen.OneOf(Values, Gen.Constant("\"call_1\""))), ("function", Gen.OneOf(Values, Function)), ("type", Values));

    private static readonly Gen<string> DeltaObject = Obj(("content", Values), ("tool_calls", Gen.OneOf(Values, Arr(ToolCall))), ("role", Values));

    private static readonly Gen<string> Choice = Obj(("index", Values), ("delta", Gen.OneOf(Values, DeltaObject)), ("finish_reason", Values), ("logprobs", Values));

    private static readonly Gen<string> Chunks = Gen.OneOf(
        Obj(("choices", Gen.OneOf(Values, Arr(Choice))), ("id", Values), ("usage", Values)),
        Values,
        Arr(Choice));

    /// <summary>Random chunks (right and wrong types, repeated and reordered properties), optionally cut short.</summary>
    [FsCheck.NUnit.Property(MaxTest = 2000)]
    public Property AnyChunkGivesTheSameOutcomeAsTheJObjectMapping() =>
        Prop.ForAll(Gen.Zip(Chunks, Gen.Choose(0, 40)).ToArbitrary(), input =>
        {
            var (chunk, cut) = input;
            var data = cut == 0 || cut >= chunk.Length ? chunk : chunk.Substring(0, chunk.Length - cut);
            return (Parsed(data) == Expected(data)).Label(data + " → " + Parsed(data) + " / expected " + Expected(data));
        });

    [Test]
    public async Task ReadingTheBenchmarkEventAllocatesLessThan1000BytesPerEvent()
    {
        const int Events = 10_000;
        var one = Encoding.UTF8.GetBytes("data: {\"choices\":[{\"delta\":{\"content\":\"tok\"}}]}\n\n");
        var body = new byte[one.Length * Events];
        for (var i = 0; i < Events; i++)
        {
            one.CopyTo(body, i * one.Length);
        }

        // A MemoryStream completes every read synchronously, so the whole read runs on this thread and the
        // thread's allocation counter sees all of it (no server, no timing).
        async Task<int> ReadAsync(byte[] bytes)
        {
            var count = 0;
            await foreach (var e in ChatStreamReader.ReadAsync(new MemoryStream(bytes), StreamLimits.From(new MillisClientOptions())))
            {
                count += e is ChatTextDelta ? 1 : 0;
            }

            return count;
        }

        Assert.That(await ReadAsync(one), Is.EqualTo(1));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var task = ReadAsync(body);
        var after = GC.GetAllocatedBytesForCurrentThread();

        Assert.That(task.IsCompletedSuccessfully, Is.True, "the read suspended, so the count would be incomplete");
        Assert.That(await task, Is.EqualTo(Events));
        var perEvent = (after - before) / (double)Events;
        TestContext.Out.WriteLine($"{perEvent:0.0} B per event");
        Assert.That(perEvent, Is.LessThan(1000));
    }
}
