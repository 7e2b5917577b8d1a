using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Http;
using Millis.Chat;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Chat;

/// <summary>
/// Streams that cannot hang (issue 12 §1), against a real Kestrel server on loopback: the first-event and idle limits
/// on a fake clock, a 200 that is not an event stream, and data that is not UTF-8. Fake time is advanced only after the
/// clock has said the timer is armed; "the connection was closed" is proved with a client that never drains.
/// </summary>
[CancelAfter(30_000)]
public class ChatStreamLimitsTests
{
    /// <summary>A hang guard only: every wait below ends on a signal long before it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FirstEvent = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(15);

    private const string Hello = "data: {\"choices\":[{\"delta\":{\"content\":\"Hello\"}}]}\n\n";

    private static ChatRequest Hi() => ChatRequest.ForAgent("agent-1").AddUser("Hi");

    /// <summary>A server that sends the headers and <paramref name="prefix"/>, then nothing, until the client goes away.</summary>
    private static Task<LoopbackServer> StallingServerAsync(TaskCompletionSource aborted, string prefix = "") =>
        LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await context.Response.StartAsync(context.RequestAborted);
            await LoopbackServer.SendAsync(context, prefix);
            await WaitForAbortAsync(context, aborted);
        });

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

    private static MillisClient Client(LoopbackServer server, ObservedTimeProvider time) =>
        server.CreateNeverDrainingClient(o =>
        {
            o.TimeProvider = time;
            o.StreamFirstEventTimeout = FirstEvent;
            o.StreamIdleTimeout = Idle;
        });

    [Test]
    public async Task NoFirstEventWithinTheLimitThrowsAFirstEventTimeoutAndAbortsTheRequest()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StallingServerAsync(aborted);
        var time = new ObservedTimeProvider();
        using var client = Client(server, time);

        await using var events = client.Chat.StreamAsync(Hi()).GetAsyncEnumerator();
        var first = events.MoveNextAsync().AsTask();
        await time.WhenArmedAsync(FirstEvent).WaitAsync(Patience);
        time.Advance(FirstEvent);

        var ex = Assert.ThrowsAsync<MillisStreamTimeoutException>(async () => await first.WaitAsync(Patience));
        Assert.That(ex!.Kind, Is.EqualTo(MillisStreamTimeoutKind.FirstEvent));
        Assert.That(ex.Timeout, Is.EqualTo(FirstEvent));
        Assert.That(ex.EventsReceived, Is.Zero);
        Assert.That(ex.EndedEarly, Is.True);
        Assert.That(ex.Message, Does.Contain("30 s").And.Contain("MillisClientOptions.StreamFirstEventTimeout"));
        await aborted.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task NoNextEventWithinTheLimitThrowsAnIdleTimeoutAfterTheEventsReceived()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StallingServerAsync(aborted, Hello);
        var time = new ObservedTimeProvider();
        using var client = Client(server, time);

        await using var events = client.Chat.StreamAsync(Hi()).GetAsyncEnumerator();
        Assert.That(await events.MoveNextAsync().AsTask().WaitAsync(Patience), Is.True);
        Assert.That(events.Current, Is.EqualTo(new ChatTextDelta("Hello")));
        var next = events.MoveNextAsync().AsTask();
        await time.WhenArmedAsync(Idle).WaitAsync(Patience);
        time.Advance(Idle);

        var ex = Assert.ThrowsAsync<MillisStreamTimeoutException>(async () => await next.WaitAsync(Patience));
        Assert.That(ex!.Kind, Is.EqualTo(MillisStreamTimeoutKind.Idle));
        Assert.That(ex.Timeout, Is.EqualTo(Idle));
        Assert.That(ex.EventsReceived, Is.EqualTo(1));
        Assert.That(ex.OptionName, Is.EqualTo("MillisClientOptions.StreamIdleTimeout"));
        Assert.That(ex.Message, Does.Contain("15 s").And.Contain("MillisClientOptions.StreamIdleTimeout"));
        await aborted.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task CompleteAsyncWithoutATokenThrowsInsteadOfHangingOnAStalledStream()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StallingServerAsync(aborted, Hello);
        var time = new ObservedTimeProvider();
        using var client = Client(server, time);

        var completion = client.Chat.CompleteAsync(Hi());
        await time.WhenArmedAsync(Idle).WaitAsync(Patience);
        time.Advance(Idle);

        Assert.ThrowsAsync<MillisStreamTimeoutException>(async () => await completion.WaitAsync(Patience));
        await aborted.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task CommentsDoNotCountAsEvents()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await StallingServerAsync(aborted, ": keep-alive\n\n: keep-alive\n\n");
        var time = new ObservedTimeProvider();
        using var client = Client(server, time);

        var completion = client.Chat.CompleteAsync(Hi());
        await time.WhenArmedAsync(FirstEvent).WaitAsync(Patience);
        time.Advance(FirstEvent);

        var ex = Assert.ThrowsAsync<MillisStreamTimeoutException>(async () => await completion.WaitAsync(Patience));
        Assert.That(ex!.Kind, Is.EqualTo(MillisStreamTimeoutKind.FirstEvent));
    }

    [Test]
    public async Task TimeSpentInTheLoopBodyDoesNotCountAgainstTheIdleLimit()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Hello + Hello);
        });
        var time = new ObservedTimeProvider();
        using var client = Client(server, time);

        var texts = new List<string>();
        await foreach (var text in client.Chat.StreamTextAsync(Hi()))
        {
            texts.Add(text);

            // The caller takes "an hour" with each event; no limit may fire for it.
            time.Advance(TimeSpan.FromHours(1));
        }

        Assert.That(texts, Is.EqualTo(new[] { "Hello", "Hello" }));
    }

    [Test]
    public async Task InfiniteLimitsCreateNoTimer()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Hello);
        });
        var time = new ObservedTimeProvider();
        using var client = server.CreateNeverDrainingClient(o =>
        {
            o.TimeProvider = time;
            o.Timeout = Timeout.InfiniteTimeSpan;
            o.StreamFirstEventTimeout = Timeout.InfiniteTimeSpan;
            o.StreamIdleTimeout = Timeout.InfiniteTimeSpan;
        });

        var completion = await client.Chat.CompleteAsync(Hi()).WaitAsync(Patience);

        Assert.That(completion.Text, Is.EqualTo("Hello"));
        Assert.That(time.TimersCreated, Is.Zero);
    }

    [TestCase("text/html; charset=utf-8", "<html><body><h1>Sign in to the proxy</h1></body></html>", "Sign in to the proxy")]
    [TestCase("application/json", "{\"detail\":\"Agent is paused\"}", "Agent is paused")]
    public async Task ASuccessThatIsNotAnEventStreamThrowsWithStatusContentTypeAndExcerpt(string contentType, string body, string shown)
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisStreamContentTypeException>(async () => await client.Chat.CompleteAsync(Hi()).WaitAsync(Patience));

        Assert.That(ex, Is.InstanceOf<MillisStreamException>());
        Assert.That(ex!.StatusCode, Is.EqualTo(200));
        Assert.That(ex.ContentType, Is.EqualTo(contentType));
        Assert.That(ex.BodyExcerpt, Is.EqualTo(body));
        Assert.That(ex.Message, Does.Contain("200").And.Contain(contentType).And.Contain(shown).And.Contain("text/event-stream"));
    }

    [Test]
    public async Task AMissingContentTypeIsNotAnEventStream()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.StatusCode = 200;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Hello));
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisStreamContentTypeException>(async () => await client.Chat.CompleteAsync(Hi()).WaitAsync(Patience));

        Assert.That(ex!.ContentType, Is.Null);
        Assert.That(ex.Message, Does.Contain("(none)"));
    }

    [Test]
    public async Task TheExcerptOfALongBodyIsCutAt2000Characters()
    {
        var body = new string('x', 10_000);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(body);
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisStreamContentTypeException>(async () => await client.Chat.CompleteAsync(Hi()).WaitAsync(Patience));

        Assert.That(ex!.BodyExcerpt, Is.EqualTo(new string('x', 2000) + "…"));
        Assert.That(ex.Message.Length, Is.LessThan(1000));
    }

    [Test]
    public async Task ANonStreamBodyThatStallsIsReportedWithWhatArrivedAndClosed()
    {
        var aborted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html";
            await LoopbackServer.SendAsync(context, "<html>Gateway");
            await WaitForAbortAsync(context, aborted);
        });
        var time = new ObservedTimeProvider();
        using var client = Client(server, time);

        var completion = client.Chat.CompleteAsync(Hi());
        await time.WhenArmedAsync(FirstEvent).WaitAsync(Patience);
        time.Advance(FirstEvent);

        var ex = Assert.ThrowsAsync<MillisStreamContentTypeException>(async () => await completion.WaitAsync(Patience));
        Assert.That(ex!.BodyExcerpt, Is.EqualTo("<html>Gateway"));
        await aborted.Task.WaitAsync(Patience);
    }

    [Test]
    public async Task TheApiKeyEchoedInANonStreamBodyIsRedacted()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("bad header: " + context.Request.Headers.Authorization);
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisStreamContentTypeException>(async () => await client.Chat.CompleteAsync(Hi()).WaitAsync(Patience));

        Assert.That(ex!.BodyExcerpt, Is.EqualTo("bad header: ***"));
        Assert.That(ex.Message + ex, Does.Not.Contain("test-key"));
    }

    [Test]
    public async Task DataThatIsNotUtf8ThrowsAStreamExceptionAfterTheEventsBeforeIt()
    {
        var bad = Encoding.UTF8.GetBytes("data: {\"choices\":[{\"delta\":{\"content\":\"caf")
            .Concat(new byte[] { 0xC3 })
            .Concat(Encoding.UTF8.GetBytes("\"}}]}\n\n"))
            .ToArray();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await LoopbackServer.SendAsync(context, Hello);
            await context.Response.Body.WriteAsync(bad);
            await LoopbackServer.SendAsync(context, Hello);
        });
        using var client = server.CreateClient();

        var received = new List<ChatStreamEvent>();
        var ex = Assert.ThrowsAsync<MillisStreamException>(async () =>
        {
            await foreach (var e in client.Chat.StreamAsync(Hi()))
            {
                received.Add(e);
            }
        });

        Assert.That(received, Is.EqualTo(new[] { new ChatTextDelta("Hello") }));
        Assert.That(ex!.Message, Does.Contain("not valid UTF-8"));
        Assert.That(ex.RawData, Is.EqualTo("{\"choices\":[{\"delta\":{\"content\":\"caf\uFFFD\"}}]}"));
        Assert.That(ex.EndedEarly, Is.False);
    }

    [Test]
    public async Task DataThatIsNotUtf8InAnUnknownEventIsAlsoAnError()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            LoopbackServer.StartEventStream(context);
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("event: ping\ndata: ").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\n\n")).ToArray());
            await LoopbackServer.SendAsync(context, Hello);
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisStreamException>(async () => await client.Chat.CompleteAsync(Hi()));

        Assert.That(ex!.Message, Does.Contain("not valid UTF-8"));
        Assert.That(ex.RawData, Is.EqualTo("\uFFFD\uFFFD"));
    }
}
