using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.AI;
using Millis.Chat;
using Millis.Extensions.AI.Tests.TestSupport;
using Millis.Models;
using Millis.Tests.TestSupport;
using static Millis.Extensions.AI.Tests.TestSupport.ScriptedServer;

namespace Millis.Extensions.AI.Tests;

/// <summary>The adapter's streaming and aggregation against a real Kestrel server on loopback.</summary>
[CancelAfter(30_000)]
public class MillisChatClientTests
{
    /// <summary>A hang guard only: every wait ends on a signal long before it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static async Task<List<ChatResponseUpdate>> StreamAsync(IChatClient chat, string prompt = "Hi", ChatOptions? options = null)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in chat.GetStreamingResponseAsync(prompt, options))
        {
            updates.Add(update);
        }

        return updates;
    }

    [Test]
    public async Task EachTextDeltaIsYieldedBeforeTheServerSendsTheNext()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Text("Hel"));

            // The rest is written only once the caller has shown it holds the first piece: nothing is buffered.
            await release.Task.WaitAsync(Patience);
            await LoopbackServer.SendAsync(context, Text("lo") + Finish("stop"));
        });
        using var client = server.CreateClient();
        var chat = client.AsChatClient("agent-1");

        await using var updates = chat.GetStreamingResponseAsync("Hi").GetAsyncEnumerator();
        Assert.That(await updates.MoveNextAsync().AsTask().WaitAsync(Patience), Is.True);
        Assert.That(updates.Current.Text, Is.EqualTo("Hel"));
        Assert.That(updates.Current.Role, Is.EqualTo(ChatRole.Assistant));
        Assert.That(updates.Current.Contents.Single(), Is.InstanceOf<TextContent>());

        release.SetResult();
        var rest = new List<ChatResponseUpdate>();
        while (await updates.MoveNextAsync())
        {
            rest.Add(updates.Current);
        }

        Assert.That(rest.Select(u => u.Text), Is.EqualTo(new[] { "lo", string.Empty }));
        Assert.That(rest[^1].FinishReason, Is.EqualTo(ChatFinishReason.Stop));
    }

    private static readonly string[] ToolCallScript =
    [
        Text("Let me check."),
        CallFragment(0, "call_1", "get_weather", ""),
        CallFragment(0, null, null, "{\"city\":"),
        CallFragment(0, null, null, "\"Paris\"}"),
        CallFragment(1, "call_2", "get_time", "{}"),
        Finish("tool_calls"),
        Done,
    ];

    [Test]
    public async Task ToolCallFragmentsAreBufferedAndYieldedAsOneFunctionCallEachWithTheFinishReason()
    {
        await using var server = await ScriptedServer.StartAsync(ToolCallScript);
        using var client = server.CreateClient();

        var updates = await StreamAsync(client.AsChatClient("agent-1"));

        Assert.That(updates, Has.Count.EqualTo(2));
        Assert.That(updates[0].Text, Is.EqualTo("Let me check."));
        var calls = updates[1].Contents.Cast<FunctionCallContent>().ToList();
        Assert.That(calls.Select(c => (c.CallId, c.Name)), Is.EqualTo(new[] { ("call_1", "get_weather"), ("call_2", "get_time") }));
        Assert.That(calls[0].Arguments!["city"]!.ToString(), Is.EqualTo("Paris"));
        Assert.That(calls[1].Arguments, Is.Empty);
        Assert.That(((ToolCall)calls[0].RawRepresentation!).Function.Arguments, Is.EqualTo("{\"city\":\"Paris\"}"));
        Assert.That(updates[1].FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
        Assert.That(updates[1].RawRepresentation, Is.EqualTo(new ChatFinish("tool_calls")));
    }

    [Test]
    public async Task ToolCallsOfAStreamThatEndsWithoutAFinishAreYieldedAtTheEnd()
    {
        await using var server = await ScriptedServer.StartAsync([CallFragment(0, "call_1", "get_time", "{}")]);
        using var client = server.CreateClient();

        var updates = await StreamAsync(client.AsChatClient("agent-1"));

        var call = (FunctionCallContent)updates.Single().Contents.Single();
        Assert.That((call.CallId, call.Name), Is.EqualTo(("call_1", "get_time")));
        Assert.That(updates.Single().FinishReason, Is.Null);
    }

    [Test]
    public async Task ArgumentsThatAreNotJsonReachTheCallerAsTheCallsException()
    {
        await using var server = await ScriptedServer.StartAsync([CallFragment(0, "call_1", "f", "{not json"), Finish("tool_calls")]);
        using var client = server.CreateClient();

        var updates = await StreamAsync(client.AsChatClient("agent-1"));

        var call = (FunctionCallContent)updates.Single().Contents.Single();
        Assert.That(call.Exception, Is.Not.Null);
        Assert.That(((ToolCall)call.RawRepresentation!).Function.Arguments, Is.EqualTo("{not json"));
    }

    [TestCase("stop", "stop")]
    [TestCase("length", "length")]
    [TestCase("tool_calls", "tool_calls")]
    [TestCase("function_call", "tool_calls")]
    [TestCase("content_filter", "content_filter")]
    [TestCase("end_of_turn", "end_of_turn")]
    public async Task FinishReasonsMapToChatFinishReason(string sent, string expected)
    {
        await using var server = await ScriptedServer.StartAsync([Text("x"), Finish(sent)]);
        using var client = server.CreateClient();

        var updates = await StreamAsync(client.AsChatClient("agent-1"));

        Assert.That(updates[^1].FinishReason, Is.EqualTo(new ChatFinishReason(expected)));
    }

    [Test]
    public async Task UsageInTheStreamBecomesUsageContentAndTheResponsesUsage()
    {
        await using var server = await ScriptedServer.StartAsync(
            [Text("Hi"), Finish("stop"), Event("{\"choices\":[],\"usage\":{\"prompt_tokens\":11,\"completion_tokens\":2,\"total_tokens\":13}}")]);
        using var client = server.CreateClient();
        var chat = client.AsChatClient("agent-1");

        var updates = await StreamAsync(chat);
        var response = await chat.GetResponseAsync("Hi");

        var usage = (UsageContent)updates[^1].Contents.Single();
        Assert.That((usage.Details.InputTokenCount, usage.Details.OutputTokenCount, usage.Details.TotalTokenCount), Is.EqualTo(((long?)11, (long?)2, (long?)13)));
        Assert.That(response.Usage?.TotalTokenCount, Is.EqualTo(13));
    }

    [Test]
    public async Task GetResponseAsyncAggregatesTheSameStreamIntoOneAssistantMessage()
    {
        await using var server = await ScriptedServer.StartAsync([Text("Open "), Text("9 to 5"), .. ToolCallScript]);
        using var client = server.CreateClient();

        var response = await client.AsChatClient("agent-1").GetResponseAsync("When are you open?");

        var message = response.Messages.Single();
        Assert.That(message.Role, Is.EqualTo(ChatRole.Assistant));
        Assert.That(response.Text, Is.EqualTo("Open 9 to 5Let me check."));
        Assert.That(message.Contents.OfType<FunctionCallContent>().Select(c => c.Name), Is.EqualTo(new[] { "get_weather", "get_time" }));
        Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.ToolCalls));
        Assert.That(response.ResponseId, Does.StartWith("millis-"));
    }

    [Test]
    public async Task EveryUpdatesRawRepresentationIsTheMillisEventAndUnknownEventsPassThroughEmpty()
    {
        await using var server = await ScriptedServer.StartAsync(["event: ping\ndata: {}\n\n", Text("a"), Event("{\"error\":\"overloaded\"}")]);
        using var client = server.CreateClient();

        var updates = await StreamAsync(client.AsChatClient("agent-1"));

        Assert.That(updates.Select(u => u.RawRepresentation), Is.EqualTo(new object[]
        {
            new ChatUnknownEvent("ping", "{}"),
            new ChatTextDelta("a"),
            new ChatUnknownEvent("message", "{\"error\":\"overloaded\"}"),
        }));
        Assert.That(updates[0].Contents, Is.Empty);
        Assert.That(updates[1].Contents.Single().RawRepresentation, Is.EqualTo(new ChatTextDelta("a")));
    }

    [Test]
    public async Task OnlyTheFirstChoiceIsMapped()
    {
        await using var server = await ScriptedServer.StartAsync(
            [Event("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"A\"}},{\"index\":1,\"delta\":{\"content\":\"B\"}}]}")]);
        using var client = server.CreateClient();

        var updates = await StreamAsync(client.AsChatClient("agent-1"));

        Assert.That(updates.Select(u => u.Text), Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public async Task TheRequestNamesTheAgentAndCarriesTheConversation()
    {
        await using var server = await ScriptedServer.StartAsync([Text("ok")]);
        using var client = server.CreateClient();

        await client.AsChatClient("agent-1").GetResponseAsync(
        [
            new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, "Hi"),
            new Microsoft.Extensions.AI.ChatMessage(ChatRole.Assistant, "Hello, how can I help?"),
            new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, "Book me in"),
        ]);

        var body = server.Bodies.Single();
        Assert.That((string?)body["agent"]!["agent_id"], Is.EqualTo("agent-1"));
        Assert.That(body["agent"]!["agent_config"], Is.Null);
        Assert.That(body["messages"]!.Select(m => ((string?)m["role"], (string?)m["content"])), Is.EqualTo(new[]
        {
            ("user", "Hi"), ("assistant", "Hello, how can I help?"), ("user", "Book me in"),
        }));
    }

    [Test]
    public async Task CancellingTheTokenThrowsOperationCanceledAndClosesTheConnection()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Text("first"));
            await WaitForAbortAsync(context, aborted);
        });

        // Never drains an unread body: the server sees the abort only if the connection was closed.
        using var client = server.CreateNeverDrainingClient();
        using var cts = new CancellationTokenSource();

        await using var updates = client.AsChatClient("agent-1").GetStreamingResponseAsync("Hi", cancellationToken: cts.Token).GetAsyncEnumerator();
        Assert.That(await updates.MoveNextAsync(), Is.True);
        var pending = updates.MoveNextAsync().AsTask();
        cts.Cancel();

        Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>());
        await aborted.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task BreakingOutOfTheLoopClosesTheConnection()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Text("first"));
            await WaitForAbortAsync(context, aborted);
        });
        using var client = server.CreateNeverDrainingClient();

        await foreach (var update in client.AsChatClient("agent-1").GetStreamingResponseAsync("Hi"))
        {
            Assert.That(update.Text, Is.EqualTo("first"));
            break;
        }

        await aborted.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task AnErrorStatusIsTheSdksTypedException()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"detail\":\"Agent not found\"}");
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisNotFoundException>(async () => await client.AsChatClient("missing").GetResponseAsync("Hi"));

        Assert.That(ex!.Detail, Is.EqualTo("Agent not found"));
    }

    [Test]
    public async Task ADroppedStreamIsAStreamException()
    {
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Text("partial"));
            await delivered.Task.WaitAsync(Patience);
            context.Abort();
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisStreamException>(async () =>
        {
            await foreach (var unused in client.AsChatClient("agent-1").GetStreamingResponseAsync("Hi"))
            {
                delivered.TrySetResult();
            }
        });

        Assert.That(ex!.EndedEarly, Is.True);
    }

    [Test]
    public void GetServiceReturnsMetadataTheMillisClientAndItsChatClient()
    {
        using var client = new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1:9/") });
        var chat = client.AsChatClient("agent-1");

        var metadata = chat.GetService<ChatClientMetadata>();
        Assert.That(metadata!.ProviderName, Is.EqualTo("millis"));
        Assert.That(metadata.ProviderUri, Is.EqualTo(new Uri("http://127.0.0.1:9/")));
        Assert.That(chat.GetService<MillisClient>(), Is.SameAs(client));
        Assert.That(chat.GetService<Millis.Chat.ChatClient>(), Is.SameAs(client.Chat));
        Assert.That(chat.GetService<IChatClient>(), Is.SameAs(chat));
        Assert.That(chat.GetService<MillisClient>(serviceKey: "other"), Is.Null);
        Assert.That(client.Chat.AsChatClient("agent-1").GetService<MillisClient>(), Is.Null);
    }

    [Test]
    public void DisposingTheAdapterLeavesTheMillisClientUsable()
    {
        using var client = new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1:9/") });

        client.AsChatClient("agent-1").Dispose();

        Assert.That(client.Chat.AsChatClient("agent-1"), Is.Not.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void ABlankAgentIdIsRefused(string? agentId)
    {
        using var client = new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1:9/") });

        var ex = Assert.Throws<ArgumentException>(() => client.AsChatClient(agentId!));

        Assert.That(ex!.ParamName, Is.EqualTo("agentId"));
    }

    private static async Task WaitForAbortAsync(HttpContext context, TaskCompletionSource aborted)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            aborted.TrySetResult();
        }
    }
}
