using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Millis.AspNetCore.Testing;
using Millis.AspNetCore.Tests.TestSupport;

namespace Millis.AspNetCore.Tests.CustomLlm;

public class MapMillisCustomLlmTests
{
    private static readonly TranscriptMessage[] Hello = { TranscriptMessage.User("Hello") };

    private readonly ScriptedHandler _handler = new();

    [Test]
    public async Task StartCallGivesTheHandlerTheSessionDetails()
    {
        await using var app = await StartAsync();
        await using var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());

        await call.SendStartCallAsync("0", "s-1", "a-1", new Dictionary<string, object?> { ["customer_id"] = "C-1" }, "+15555550100", "+15555550199");
        var session = await _handler.Started.Within();

        Assert.That((session.SessionId, session.AgentId, session.Metadata["customer_id"].GetString(), session.StartCall.From, session.StartCall.To),
            Is.EqualTo(("s-1", "a-1", "C-1", "+15555550100", "+15555550199")));
    }

    [Test]
    public async Task GreetingUsesTheStartCallStreamId()
    {
        _handler.OnStart = (_, greeting, ct) => greeting.EndAsync("Welcome!", ct).AsTask();
        await using var app = await StartAsync();
        await using var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());

        await call.SendStartCallAsync("greet-7");
        var frames = await call.ReadStreamAsync("greet-7", Guard.Token());

        Assert.That(frames.Select(f => (f.Type, f.Content, f.EndOfStream)), Is.EqualTo(new[] { ("stream_response", "Welcome!", true) }));
    }

    [Test]
    public async Task StreamRequestDeliversTheTranscript()
    {
        var seen = new TaskCompletionSource<StreamRequestMessage>();
        _handler.OnRequest = (request, reply, ct) =>
        {
            seen.TrySetResult(request);
            return reply.EndAsync("ok", ct).AsTask();
        };
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.Assistant("Hi!"), TranscriptMessage.User("Opening hours?") });
        var request = await seen.Within();

        Assert.That(request.Transcript.Select(t => (t.Role, t.Content)), Is.EqualTo(new[] { ("assistant", "Hi!"), ("user", "Opening hours?") }));
    }

    [Test]
    public async Task RepliesCarryTheStreamIdFlushPauseAndEndOfStream()
    {
        _handler.OnRequest = async (_, reply, ct) =>
        {
            await reply.SendAsync("One.", flush: true, ct);
            await reply.PauseAsync(TimeSpan.FromMilliseconds(300), ct);
            await reply.EndAsync("Two.", ct);
        };
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        var frames = await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(frames.Select(f => f.Raw), Is.EqualTo(new[]
        {
            "{\"type\":\"stream_response\",\"data\":{\"stream_id\":\"1\",\"content\":\"One.\",\"flush\":true,\"end_of_stream\":false}}",
            "{\"type\":\"stream_response\",\"data\":{\"stream_id\":\"1\",\"content\":\"\",\"pause\":300,\"end_of_stream\":false}}",
            "{\"type\":\"stream_response\",\"data\":{\"stream_id\":\"1\",\"content\":\"Two.\",\"end_of_stream\":true}}",
        }));
    }

    [Test]
    public async Task HandlerThatReturnsWithoutEndingGetsEndOfStreamSentForIt()
    {
        _handler.OnRequest = (_, reply, ct) => reply.SendAsync("Partial answer", cancellationToken: ct).AsTask();
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        var frames = await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(frames.Select(f => (f.Content, f.EndOfStream)), Is.EqualTo(new[] { ("Partial answer", false), ("", true) }));
    }

    [Test]
    public async Task NumericStreamIdIsEchoedAsANumber()
    {
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendMessageAsync("stream_request", new { stream_id = 42, transcript = new[] { new { role = "user", content = "hi" } } });
        var frame = await call.ReceiveUntilAsync(f => f.EndOfStream, Guard.Token());

        Assert.That(frame!.Raw, Does.Contain("\"stream_id\":42,"));
    }

    [Test]
    public async Task InterruptCancelsTheHandlersTokenAtOnce()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.OnRequest = async (_, reply, ct) =>
        {
            ct.Register(() => cancelled.TrySetResult());
            await reply.SendAsync("Let me think", cancellationToken: ct);
            await Task.Delay(Timeout.Infinite, ct);
        };
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        await call.ReceiveUntilAsync(f => f.StreamId == "1", Guard.Token());
        await call.SendInterruptAsync("1");

        await cancelled.Task.Within();
        Assert.Pass("the handler's token was cancelled by the interrupt");
    }

    [Test]
    public async Task NoFrameOfAnInterruptedStreamIsSentAfterTheInterrupt()
    {
        var firstTriedAgain = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.OnRequest = async (request, reply, ct) =>
        {
            if (request.StreamId.Value == "1")
            {
                await reply.SendAsync("before the interrupt", cancellationToken: ct);
                try
                {
                    await Task.Delay(Timeout.Infinite, ct);
                }
                catch (OperationCanceledException)
                {
                }

                // A careless handler keeps talking after its token was cancelled: the send must be refused.
                try
                {
                    await reply.SendAsync("after the interrupt", cancellationToken: CancellationToken.None);
                    firstTriedAgain.TrySetResult(null);
                }
                catch (Exception e)
                {
                    firstTriedAgain.TrySetResult(e);
                }

                return;
            }

            await firstTriedAgain.Task;
            await reply.EndAsync("second stream", ct);
        };
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        await call.ReceiveUntilAsync(f => f.StreamId == "1", Guard.Token());
        await call.SendInterruptAsync("1");
        await call.SendStreamRequestAsync("2", Hello);
        await call.ReadStreamAsync("2", Guard.Token());

        Assert.That(call.Frames.Where(f => f.StreamId == "1").Select(f => f.Content), Is.EqualTo(new[] { "before the interrupt" }));
        Assert.That(await firstTriedAgain.Within(), Is.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task NewerStreamRequestStopsTheRunningStream()
    {
        var firstCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.OnRequest = async (request, reply, ct) =>
        {
            if (request.StreamId.Value == "1")
            {
                ct.Register(() => firstCancelled.TrySetResult());
                await reply.SendAsync("thinking", cancellationToken: ct);
                await Task.Delay(Timeout.Infinite, ct);
            }

            await reply.EndAsync("second", ct);
        };
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        await call.ReceiveUntilAsync(f => f.StreamId == "1", Guard.Token());
        await call.SendStreamRequestAsync("2", Hello);

        await firstCancelled.Task.Within();
        var second = await call.ReadStreamAsync("2", Guard.Token());
        Assert.That(second.Single().Content, Is.EqualTo("second"));
    }

    [Test]
    public async Task PartialTranscriptReachesTheHandler()
    {
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendPartialTranscriptAsync("where is", isFinal: true);
        var partial = await _handler.Partial.Within();

        Assert.That((partial.Transcript, partial.IsFinal, partial.SessionId), Is.EqualTo(("where is", true, "sim-session-1")));
    }

    [Test]
    public async Task PlaybackFinishedReachesTheHandler()
    {
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendPlaybackFinishedAsync("3");
        var playback = await _handler.Playback.Within();

        Assert.That(playback.StreamId.Value, Is.EqualTo("3"));
    }

    [Test]
    public async Task UnknownMessageTypeIsIgnoredAndLogged()
    {
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendMessageAsync("future_feature", new { x = 1 });
        await call.SendStreamRequestAsync("1", Hello);
        var frames = await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(frames.Single().Content, Is.EqualTo("default reply"), "the connection carried on");
        Assert.That(app.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message), Has.Some.Contains("future_feature"));
    }

    [Test]
    public async Task MessagesBeforeStartCallAreIgnored()
    {
        await using var app = await StartAsync();
        await using var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());

        await call.SendStreamRequestAsync("early", Hello);
        await call.SendStartCallAsync();
        await call.SendStreamRequestAsync("1", Hello);
        await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(call.Frames.Select(f => f.StreamId), Has.None.EqualTo("early"));
    }

    [Test]
    public async Task TextFrameThatIsNotJsonClosesWithInvalidPayloadData()
    {
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendTextAsync("this is not json");
        var status = await call.WaitForCloseAsync(Guard.Token());

        Assert.That((status, call.CloseDescription), Is.EqualTo(((WebSocketCloseStatus?)WebSocketCloseStatus.InvalidPayloadData, "frame is not JSON")));
    }

    [Test]
    public async Task MessageOverTheSizeLimitClosesWithMessageTooBig()
    {
        await using var app = await StartAsync(o => o.MaxMessageBytes = 2048);
        await using var call = await StartCallAsync(app);

        await call.SendMessageAsync("stream_request", new { stream_id = "1", transcript = new string('x', 5000) });
        var status = await call.WaitForCloseAsync(Guard.Token());

        Assert.That((status, call.CloseDescription), Is.EqualTo(((WebSocketCloseStatus?)WebSocketCloseStatus.MessageTooBig, "message over 2048 bytes")));
    }

    [Test]
    public async Task BinaryFrameClosesWithInvalidMessageType()
    {
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendBinaryAsync(new byte[] { 1, 2, 3 });
        var status = await call.WaitForCloseAsync(Guard.Token());

        Assert.That(status, Is.EqualTo(WebSocketCloseStatus.InvalidMessageType));
    }

    [Test]
    public async Task NoStartCallWithinTheTimeoutClosesWithPolicyViolation()
    {
        await using var app = await StartAsync(o => o.StartCallTimeout = TimeSpan.FromMilliseconds(200));
        await using var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());

        var status = await call.WaitForCloseAsync(Guard.Token());

        Assert.That((status, call.CloseDescription), Is.EqualTo(((WebSocketCloseStatus?)WebSocketCloseStatus.PolicyViolation, "no start_call within 0.2 s")));
    }

    [Test]
    public async Task HandlerExceptionEndsTheStreamButKeepsTheConnection()
    {
        _handler.OnRequest = (request, reply, ct) => request.StreamId.Value == "1"
            ? throw new InvalidOperationException("handler bug")
            : reply.EndAsync("still here", ct).AsTask();
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        var failed = await call.ReadStreamAsync("1", Guard.Token());
        await call.SendStreamRequestAsync("2", Hello);
        var next = await call.ReadStreamAsync("2", Guard.Token());

        Assert.That(failed.Single().EndOfStream, Is.True);
        Assert.That(next.Single().Content, Is.EqualTo("still here"));
        Assert.That(app.Logs.AtLeast(LogLevel.Error).Single().Exception, Is.InstanceOf<InvalidOperationException>());
    }

    [Test]
    public async Task EndCallAndTransferUseTheConfiguredTypes()
    {
        _handler.OnRequest = async (_, reply, ct) =>
        {
            await reply.EndAsync("Transferring you.", ct);
            await reply.TransferCallAsync("+15555550142", ct);
            await reply.EndCallAsync(ct);
        };
        await using var app = await StartAsync(o =>
        {
            o.EndCallMessageType = "hangup";
            o.TransferCallMessageType = "forward";
        });
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        await call.ReceiveUntilAsync(f => f.Type == "hangup", Guard.Token());

        Assert.That(call.Frames.Skip(1).Select(f => f.Raw), Is.EqualTo(new[]
        {
            "{\"type\":\"forward\",\"data\":{\"stream_id\":\"1\",\"destination\":\"\\u002B15555550142\"}}",
            "{\"type\":\"hangup\",\"data\":{\"stream_id\":\"1\"}}",
        }));
    }

    [Test]
    public async Task ClosingTheCallStopsRunningHandlersAndReportsTheEnd()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _handler.OnRequest = async (_, reply, ct) =>
        {
            ct.Register(() => cancelled.TrySetResult());
            await reply.SendAsync("talking", cancellationToken: ct);
            await Task.Delay(Timeout.Infinite, ct);
        };
        await using var app = await StartAsync();
        await using var call = await StartCallAsync(app);
        await call.SendStreamRequestAsync("1", Hello);
        await call.ReceiveUntilAsync(f => f.StreamId == "1", Guard.Token());

        await call.CloseAsync(Guard.Token());

        await cancelled.Task.Within();
        var ended = await _handler.Ended.Within();
        Assert.That((ended.SessionId, call.CloseStatus), Is.EqualTo(("sim-session-1", (WebSocketCloseStatus?)WebSocketCloseStatus.NormalClosure)));
    }

    [Test]
    public async Task PlainHttpRequestGets400()
    {
        await using var app = await StartAsync();

        var response = await app.Client.GetAsync("/llm");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task SecretRequiredOnTheWebSocketRefusesTheUpgradeWithoutIt()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", _ => _handler).RequireMillisSecret());

        var refused = Assert.CatchAsync<WebSocketException>(() => app.LlmSimulator("/llm").ConnectAsync(Guard.Token()));
        await using var accepted = await app.LlmSimulator("/llm", TestApp.Secret).ConnectAsync(Guard.Token());

        Assert.That(refused!.Message, Does.Contain("401"));
        await accepted.SendStartCallAsync();
        await _handler.Started.Within();
    }

    [Test]
    public async Task TranscriptTextAndPhoneNumbersAreNotLoggedAtInformationOrAbove()
    {
        _handler.OnRequest = (_, reply, ct) => reply.EndAsync("Reply words nobody should log", ct).AsTask();
        await using var app = await StartAsync();
        await using var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());

        await call.SendStartCallAsync(from: "+15555550111", to: "+15555550122");
        await call.SendPartialTranscriptAsync("Secret words of the caller");
        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("Secret words of the caller") });
        await call.ReadStreamAsync("1", Guard.Token());
        await call.CloseAsync(Guard.Token());
        await _handler.Ended.Within();

        var logs = app.Logs.AllText(LogLevel.Information);
        Assert.That(logs, Does.Not.Contain("Secret words").And.Not.Contain("nobody should log").And.Not.Contain("5555550111").And.Not.Contain("5555550122"));
    }

    [Test]
    public async Task InterruptScenarioOfTheSimulatorRecordsNoLateFrames()
    {
        _handler.OnRequest = async (request, reply, ct) =>
        {
            await reply.SendAsync("Sure,", cancellationToken: ct);
            if (request.StreamId.Value == "1")
            {
                await Task.Delay(Timeout.Infinite, ct);
            }

            await reply.EndAsync("we are at 1 Main Street.", ct);
        };
        await using var app = await StartAsync();

        var result = await app.LlmSimulator("/llm").PlayInterruptScenarioAsync(Guard.Token());

        Assert.That(result.FramesOfInterruptedStreamAfterNextStreamBegan, Is.Empty);
        Assert.That(result.InterruptedStreamFrames.Select(f => f.Content), Is.EqualTo(new[] { "Sure," }));
        Assert.That(result.NextStreamText, Is.EqualTo("Sure,we are at 1 Main Street."));
    }

    [Test]
    public async Task DelegateOverloadAnswersStreamRequests()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", (request, reply, ct) => reply.EndAsync($"{request.Transcript.Count} turns", ct).AsTask()));
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", Hello);
        var frames = await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(frames.Single().Content, Is.EqualTo("1 turns"));
    }

    private static async Task<MillisCustomLlmSimulatorConnection> StartCallAsync(TestApp app)
    {
        var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());
        await call.SendStartCallAsync();
        return call;
    }

    private Task<TestApp> StartAsync(Action<MillisCustomLlmOptions>? configure = null) =>
        TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", _ => _handler, configure));
}
