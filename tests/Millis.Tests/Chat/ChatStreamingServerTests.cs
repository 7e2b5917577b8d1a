using Microsoft.AspNetCore.Http;
using Millis.Chat;
using Millis.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Chat;

/// <summary>
/// Streaming against a real HTTP server on loopback: latency, drops, cancellation, disposal, errors. No assertion
/// depends on how fast the machine is: waits end on signals, and <see cref="Patience"/> is only a hang guard.
/// </summary>
[CancelAfter(30_000)]
public class ChatStreamingServerTests
{
    /// <summary>A hang guard only: every wait ends on a signal long before it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static ChatRequest Hello() => ChatRequest.ForAgent("agent-1").AddUser("Hello?");

    private static string Chunk(string text) => "data: " + new JObject { ["choices"] = new JArray(new JObject { ["delta"] = new JObject { ["content"] = text } }) }.ToString(Newtonsoft.Json.Formatting.None) + "\n\n";

    [Test]
    public async Task EachEventIsYieldedBeforeTheServerSendsTheNext()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Chunk("Hel"));
            // The rest of the body is only written once the client has shown it received the first event.
            await release.Task.WaitAsync(Patience);
            await LoopbackServer.SendAsync(context, Chunk("lo"));
            await LoopbackServer.SendAsync(context, "data: [DONE]\n\n");
        });
        using var client = server.CreateClient();

        await using var events = client.Chat.StreamAsync(Hello()).GetAsyncEnumerator();
        var first = await events.MoveNextAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Assert.That(first, Is.True);
        Assert.That(events.Current, Is.EqualTo(new ChatTextDelta("Hel")));

        release.SetResult();
        var rest = new List<ChatStreamEvent>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current);
        }

        Assert.That(rest, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("lo"), ChatDone.Instance }));
    }

    [Test]
    public async Task NothingIsSentUntilTheEnumerationStarts()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Chunk("Hi") + "data: [DONE]\n\n");
        });

        // Counted where HttpClient hands the request to the network, synchronously inside SendAsync: a request started
        // by StreamTextAsync itself would be counted before it returns, whatever the machine's speed.
        var sends = 0;
        var handler = new CountingHandler(() => Interlocked.Increment(ref sends)) { InnerHandler = new System.Net.Http.SocketsHttpHandler() };
        using var client = new MillisClient(new System.Net.Http.HttpClient(handler), server.Options());

        var stream = client.Chat.StreamTextAsync(Hello());
        Assert.That(Volatile.Read(ref sends), Is.EqualTo(0));

        var texts = new List<string>();
        await foreach (var text in stream)
        {
            texts.Add(text);
        }

        Assert.That(texts, Is.EqualTo(new[] { "Hi" }));
        Assert.That(Volatile.Read(ref sends), Is.EqualTo(1));
        Assert.That(server.Requests, Is.EqualTo(1));
    }

    private sealed class CountingHandler(Action onSend) : System.Net.Http.DelegatingHandler
    {
        protected override Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, CancellationToken cancellationToken)
        {
            onSend();
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Test]
    public async Task ConnectionDroppedMidStreamThrowsStreamExceptionAfterTheEventsReceived()
    {
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Chunk("partial"));

            // Drops the connection once the client has the event, so the reset cannot overtake the data.
            await delivered.Task.WaitAsync(Patience);
            context.Abort();
        });
        using var client = server.CreateClient();

        var received = new List<ChatStreamEvent>();
        var ex = Assert.ThrowsAsync<MillisStreamException>(async () =>
        {
            await foreach (var e in client.Chat.StreamAsync(Hello()))
            {
                received.Add(e);
                delivered.TrySetResult();
            }
        });

        Assert.That(received, Is.EqualTo(new[] { new ChatTextDelta("partial") }));
        Assert.That(ex!.EndedEarly, Is.True);
        Assert.That(ex.RawData, Is.Null);
        Assert.That(ex.Message, Does.Contain("ended early"));
        Assert.That(ex.InnerException, Is.InstanceOf<IOException>());
    }

    [Test]
    public async Task CleanEndWithoutDoneIsANormalEnd()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Chunk("a"));
            await LoopbackServer.SendAsync(context, Chunk("b"));
        });
        using var client = server.CreateClient();

        var completion = await client.Chat.CompleteAsync(Hello());

        Assert.That(completion.Text, Is.EqualTo("ab"));
        Assert.That(completion.ReceivedDone, Is.False);
    }

    [Test]
    public async Task CancellingTheTokenClosesTheConnectionInsteadOfDrainingIt()
    {
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Chunk("first"));
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                disconnected.SetResult();
            }
        });

        // This client would drain an unread body for ever, so the server can only see the request aborted if the SDK
        // closed the connection (no stopwatch: the proof does not depend on the machine's speed).
        using var client = server.CreateNeverDrainingClient();
        using var cts = new CancellationTokenSource();

        await using var events = client.Chat.StreamAsync(Hello(), cts.Token).GetAsyncEnumerator();
        Assert.That(await events.MoveNextAsync(), Is.True);
        var pending = events.MoveNextAsync().AsTask();
        cts.Cancel();

        Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>());
        await disconnected.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task BreakingOutOfForeachClosesTheConnectionInsteadOfDrainingIt()
    {
        var disconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Chunk("first"));
            try
            {
                // Keeps the stream alive like a server still generating: a comment every 50 ms.
                while (true)
                {
                    await Task.Delay(50, context.RequestAborted);
                    await LoopbackServer.SendAsync(context, ": still thinking\n");
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                disconnected.SetResult();
            }
        });
        // As above: a drain would never end, so only a closed connection lets the server see the abort.
        using var client = server.CreateNeverDrainingClient();

        await foreach (var e in client.Chat.StreamAsync(Hello()))
        {
            Assert.That(e, Is.EqualTo(new ChatTextDelta("first")));

            // Lets keep-alive comments pile up unread, so closing has buffered data to discard (the test passes without it too).
            await Task.Delay(120);
            break;
        }

        await disconnected.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task ErrorStatusBeforeTheStreamStartsThrowsApiExceptionWithTheBody()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"detail\":\"Agent not found\"}");
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisNotFoundException>(async () =>
        {
            await foreach (var unused in client.Chat.StreamAsync(Hello()))
            {
            }
        });

        Assert.That(ex, Is.InstanceOf<MillisApiException>());
        Assert.That(ex!.StatusCode, Is.EqualTo(404));
        Assert.That(ex.Detail, Is.EqualTo("Agent not found"));
        Assert.That(ex.BodyExcerpt, Does.Contain("Agent not found"));
        Assert.That(ex.Path, Is.EqualTo("/chat/completions"));
    }

    [Test]
    public async Task ServerErrorBeforeTheStreamStartsIsAServerException()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync("{\"detail\":\"boom\"}");
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisServerException>(async () => await client.Chat.CompleteAsync(Hello()));
        Assert.That(ex!.Detail, Is.EqualTo("boom"));
    }

    [Test]
    public async Task SendsTheRequestAsTheApiExpects()
    {
        string? body = null;
        string? accept = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            accept = context.Request.Headers.Accept.ToString();
            using var reader = new StreamReader(context.Request.Body);
            body = await reader.ReadToEndAsync();
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, "data: [DONE]\n\n");
        });
        using var client = server.CreateClient();
        var call = new Millis.Models.ToolCall { Id = "call_1", Type = "function", Function = new Millis.Models.ToolCallFunction { Name = "lookup", Arguments = "{\"q\":1}" } };
        var request = ChatRequest.ForAgent("agent-1")
            .WithMetadata("customer", "C-42")
            .WithMetadataInPrompt()
            .WithEndOfSession()
            .AddUser("Hi")
            .AddAssistant("Looking it up", [call])
            .AddToolResult("call_1", "found")
            .AddUser("Thanks");

        var completion = await client.Chat.CompleteAsync(request);

        Assert.That(completion.ReceivedDone, Is.True);
        Assert.That(accept, Does.Contain("text/event-stream"));
        var json = JObject.Parse(body!);
        Assert.That(JToken.DeepEquals(json, JObject.Parse("""
            {
              "agent": { "agent_id": "agent-1", "metadata": { "customer": "C-42" }, "include_metadata_in_prompt": true },
              "messages": [
                { "role": "user", "content": "Hi" },
                { "role": "assistant", "content": "Looking it up", "tool_calls": [ { "id": "call_1", "type": "function", "function": { "name": "lookup", "arguments": "{\"q\":1}" } } ] },
                { "role": "tool", "content": "found", "tool_call_id": "call_1" },
                { "role": "user", "content": "Thanks" }
              ],
              "end_of_session": true
            }
            """)), Is.True, body);
    }
}
