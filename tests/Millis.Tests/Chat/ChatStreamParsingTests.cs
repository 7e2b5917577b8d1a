using System.Net;
using System.Text;
using Millis.Chat;
using Millis.Models;
using RichardSzalay.MockHttp;

namespace Millis.Tests.Chat;

/// <summary>How the SSE body becomes events: framing, line endings, odd fields, unknown and malformed data.</summary>
[CancelAfter(10_000)]
public class ChatStreamParsingTests
{
    private const string Hello = "data: {\"choices\":[{\"delta\":{\"content\":\"Hello\"}}]}\n\n";

    private static string Text(string text) => "data: {\"choices\":[{\"delta\":{\"content\":" + Newtonsoft.Json.JsonConvert.ToString(text) + "}}]}\n\n";

    /// <summary>Streams through the public client, the body served by MockHttp one chunk per read.</summary>
    private static async Task<List<ChatStreamEvent>> StreamAsync(params string[] chunks) =>
        await StreamAsync(ChunkedStream.FromText(chunks));

    private static async Task<List<ChatStreamEvent>> StreamAsync(Stream body)
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "http://127.0.0.1/chat/completions")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = EventStream(body) });
        using var client = CreateClient(mock);
        var events = new List<ChatStreamEvent>();
        await foreach (var e in client.Chat.StreamAsync(ChatRequest.ForAgent("agent-1").AddUser("Hi")))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>The body as the API serves it: <c>Content-Type: text/event-stream</c>.</summary>
    private static StreamContent EventStream(Stream body)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/event-stream");
        return content;
    }

    private static MillisClient CreateClient(MockHttpMessageHandler mock) =>
        new(mock.ToHttpClient(), new MillisClientOptions { ApiKey = "test-key", BaseUrl = new Uri("http://127.0.0.1/"), MaxRetries = 0 });

    [Test]
    public async Task TheDocumentedExampleIsATextDelta()
    {
        Assert.That(await StreamAsync(Hello), Is.EqualTo(new[] { new ChatTextDelta("Hello") }));
    }

    [Test]
    public async Task AnEventSplitAtEveryByteYieldsTheSameEvents()
    {
        var body = Text("héllo 👋 wörld") + ": comment\r\n" + "id: 1\r\nretry: 10\r\n" + Text("second") + "data: [DONE]\n\n";
        var bytes = Encoding.UTF8.GetBytes(body);

        var whole = await StreamAsync(new ChunkedStream([bytes]));
        var bytewise = await StreamAsync(new ChunkedStream(bytes.Select(b => new[] { b })));

        Assert.That(whole, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("héllo 👋 wörld"), new ChatTextDelta("second"), ChatDone.Instance }));
        Assert.That(bytewise, Is.EqualTo(whole));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("\r")]
    public async Task EveryLineEndingIsUnderstood(string eol)
    {
        var body = $"data: {{\"choices\":[{{\"delta\":{{\"content\":\"a\"}}}}]}}{eol}{eol}: note{eol}data: {{\"choices\":[{{\"delta\":{{\"content\":\"b\"}}}}]}}{eol}{eol}data: [DONE]{eol}{eol}";

        Assert.That(await StreamAsync(body), Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("a"), new ChatTextDelta("b"), ChatDone.Instance }));
    }

    [Test]
    public async Task CarriageReturnAtTheEndOfAChunkAndLineFeedAtTheStartOfTheNextAreOneLineEnding()
    {
        var events = await StreamAsync("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\r", "\n\r", "\n" + Text("b"));

        Assert.That(events, Is.EqualTo(new[] { new ChatTextDelta("a"), new ChatTextDelta("b") }));
    }

    [Test]
    public async Task CommentsAreIgnored()
    {
        var events = await StreamAsync(": keep-alive\n\n", ":\n", "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n: inside\n\n");

        Assert.That(events, Is.EqualTo(new[] { new ChatTextDelta("x") }));
    }

    [Test]
    public async Task MultiLineDataIsJoinedWithLineFeeds()
    {
        var events = await StreamAsync("data: {\"choices\":\ndata: [{\"delta\":{\"content\":\"x\"}}]}\n\n");

        Assert.That(events, Is.EqualTo(new[] { new ChatTextDelta("x") }));
    }

    [Test]
    public async Task RetryAndIdFieldsDoNotDisturbTheStream()
    {
        var events = await StreamAsync("retry: 3000\nid: 7\n" + Hello, "retry: soon\nid: 8\n\n", Text("again"));

        Assert.That(events, Is.EqualTo(new[] { new ChatTextDelta("Hello"), new ChatTextDelta("again") }));
    }

    [Test]
    public async Task UnknownEventNamesBecomeUnknownEventsAndTheStreamGoesOn()
    {
        var events = await StreamAsync("event: ping\nid: 3\ndata: {\"t\":1}\n\n", "event: usage\ndata: not even json\n\n", Hello);

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[]
        {
            new ChatUnknownEvent("ping", "{\"t\":1}", "3"),
            new ChatUnknownEvent("usage", "not even json"),
            new ChatTextDelta("Hello"),
        }));
    }

    [TestCase("{\"error\":{\"message\":\"overloaded\"}}")]
    [TestCase("[1,2,3]")]
    [TestCase("\"just a string\"")]
    [TestCase("42")]
    [TestCase("{\"choices\":{\"delta\":{}}}")]
    [TestCase("{\"choices\":[{\"delta\":{\"content\":5}}]}")]
    [TestCase("{\"choices\":[{\"delta\":\"text\"}]}")]
    [TestCase("{\"choices\":[{\"index\":\"zero\",\"delta\":{\"content\":\"x\"}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{\"tool_calls\":{\"index\":0}}}]}")]
    [TestCase("{\"choices\":[{\"delta\":{},\"finish_reason\":7}]}")]
    public async Task JsonOfAnUnknownShapeBecomesOneUnknownEventWithTheRawData(string json)
    {
        var events = await StreamAsync("data: " + json + "\n\n", Hello);

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatUnknownEvent("message", json), new ChatTextDelta("Hello") }));
    }

    [TestCase("{\"choices\": [")]
    [TestCase("hello there")]
    [TestCase("{\"choices\":[]} trailing")]
    [TestCase("{'choices': [}")]
    public void MalformedJsonThrowsStreamExceptionCarryingTheRawData(string data)
    {
        var received = new List<ChatStreamEvent>();
        var ex = Assert.ThrowsAsync<MillisStreamException>(async () =>
        {
            using var mock = new MockHttpMessageHandler();
            mock.When(HttpMethod.Post, "http://127.0.0.1/chat/completions")
                .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = EventStream(ChunkedStream.FromText(Hello, "data: " + data + "\n\n", Hello)) });
            using var client = CreateClient(mock);
            await foreach (var e in client.Chat.StreamAsync(ChatRequest.ForAgent("a").AddUser("Hi")))
            {
                received.Add(e);
            }
        });

        Assert.That(ex, Is.InstanceOf<MillisException>());
        Assert.That(ex!.RawData, Is.EqualTo(data));
        Assert.That(ex.EndedEarly, Is.False);
        Assert.That(ex.Message, Does.Contain("not valid JSON"));
        Assert.That(received, Is.EqualTo(new[] { new ChatTextDelta("Hello") }));
    }

    [Test]
    public async Task DoneEndsTheStreamEvenIfMoreFollows()
    {
        var body = ChunkedStream.FromText(Hello, "data: [DONE]\n\n", Text("after"));

        var events = await StreamAsync(body);

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("Hello"), ChatDone.Instance }));
    }

    [Test]
    public async Task EmptyRoleOnlyAndUsageOnlyChunksYieldNothing()
    {
        var events = await StreamAsync(
            "data:\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n",
            "data: {\"choices\":[],\"usage\":{\"total_tokens\":3}}\n\n",
            "data: {\"choices\":[{\"delta\":{\"content\":null}}]}\n\n",
            Hello);

        Assert.That(events, Is.EqualTo(new[] { new ChatTextDelta("Hello") }));
    }

    [Test]
    public async Task UsageChunksYieldChatUsageOnlyWhenAskedFor()
    {
        const string body = "data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":2,\"total_tokens\":\"nine\"}}\n\n"
            + "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3,\"total_tokens\":10}}\n\n";
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "http://127.0.0.1/chat/completions")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = EventStream(ChunkedStream.FromText(body)) });
        using var client = CreateClient(mock);

        var events = new List<ChatStreamEvent>();
        await foreach (var e in client.Chat.StreamAsync(ChatRequest.ForAgent("a").AddUser("Hi").WithUsageEvents()))
        {
            events.Add(e);
        }

        var plain = new List<ChatStreamEvent>();
        await foreach (var e in client.Chat.StreamAsync(ChatRequest.ForAgent("a").AddUser("Hi")))
        {
            plain.Add(e);
        }

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("Hi"), new ChatFinish("stop"), new ChatUsage(7, 2, null), new ChatUsage(7, 3, 10) }));
        Assert.That(plain, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("Hi"), new ChatFinish("stop") }));
    }

    [Test]
    public async Task TextThatLooksLikeADateIsKeptVerbatim()
    {
        Assert.That(await StreamAsync(Text("2024-01-02T03:04:05Z")), Is.EqualTo(new[] { new ChatTextDelta("2024-01-02T03:04:05Z") }));
    }

    [Test]
    public async Task FinishReasonFollowsTheTextOfItsChunk()
    {
        var events = await StreamAsync(
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Bye\"},\"finish_reason\":\"stop\"}]}\n\n",
            "data: {\"choices\":[{\"delta\":{},\"finish_reason\":null}]}\n\n");

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("Bye"), new ChatFinish("stop") }));
    }

    private static readonly string[] ToolCallStream =
    [
        "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"get_weather\",\"arguments\":\"\"}}]},\"finish_reason\":null}]}\n\n",
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"{\\\"city\\\":\"}}]}}]}\n\n",
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"\\\"Paris\\\"}\"}}]}}]}\n\n",
        "data: {\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":1,\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"get_time\",\"arguments\":\"{}\"}}]}}]}\n\n",
        "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n",
        "data: [DONE]\n\n",
    ];

    [Test]
    public async Task ToolCallDeltasCarryIndexIdNameAndArgumentFragments()
    {
        var events = await StreamAsync(ToolCallStream);

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[]
        {
            new ChatToolCallDelta(0, "call_1", "get_weather", ""),
            new ChatToolCallDelta(0, null, null, "{\"city\":"),
            new ChatToolCallDelta(0, null, null, "\"Paris\"}"),
            new ChatToolCallDelta(1, "call_2", "get_time", "{}"),
            new ChatFinish("tool_calls"),
            ChatDone.Instance,
        }));
    }

    [Test]
    public async Task CompleteAsyncJoinsTextAndToolCalls()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "http://127.0.0.1/chat/completions")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = EventStream(ChunkedStream.FromText([Text("Let me "), Text("check."), .. ToolCallStream])) });
        using var client = CreateClient(mock);

        var completion = await client.Chat.CompleteAsync(ChatRequest.ForAgent("a").AddUser("Weather?"));

        Assert.That(completion.Text, Is.EqualTo("Let me check."));
        Assert.That(completion.FinishReason, Is.EqualTo("tool_calls"));
        Assert.That(completion.ReceivedDone, Is.True);
        Assert.That(completion.ToolCalls.Select(c => (c.Id, c.Type, c.Function.Name, c.Function.Arguments)), Is.EqualTo(new[]
        {
            ("call_1", "function", "get_weather", "{\"city\":\"Paris\"}"),
            ("call_2", "function", "get_time", "{}"),
        }));

        // The completion replays into the next turn as an assistant message with tool calls.
        var next = ChatRequest.ForAgent("a").AddAssistant(completion.Text, completion.ToolCalls).AddToolResult("call_1", "sunny");
        Assert.That(next.Messages[0].Assistant!.ToolCalls, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task StreamTextAsyncYieldsOnlyTheTextOfTheFirstChoice()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Post, "http://127.0.0.1/chat/completions")
            .Respond(_ => new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = EventStream(ChunkedStream.FromText(
                    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"}},{\"index\":1,\"delta\":{\"content\":\"B\"}}]}\n\n",
                    "event: ping\ndata: x\n\n",
                    ToolCallStream[0],
                    Text("C"),
                    "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n")),
            });
        using var client = CreateClient(mock);

        var texts = new List<string>();
        await foreach (var text in client.Chat.StreamTextAsync(ChatRequest.ForAgent("a").AddUser("Hi")))
        {
            texts.Add(text);
        }

        Assert.That(texts, Is.EqualTo(new[] { "A", "C" }));
    }

    [Test]
    public async Task AnEventCutOffByTheEndOfTheBodyIsDropped()
    {
        // WHATWG: at end of stream an event without its terminating blank line is not dispatched.
        var events = await StreamAsync(Hello, "data: {\"choices\":[{\"delta\":{\"content\":\"cut");

        Assert.That(events, Is.EqualTo(new[] { new ChatTextDelta("Hello") }));
    }
}
