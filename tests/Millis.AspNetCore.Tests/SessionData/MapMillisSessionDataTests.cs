using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Millis.AspNetCore.Testing;
using Millis.AspNetCore.Tests.TestSupport;
using Millis.Models;

namespace Millis.AspNetCore.Tests.SessionData;

public class MapMillisSessionDataTests
{
    private SessionDataEvent? _seen;
    private int _handlerRuns;

    [Test]
    public async Task ChatStringIsParsedIntoTypedMessages()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end");

        Assert.That(_seen!.Chat.Select(m => (m.Role, m.Content)), Is.EqualTo(new[]
        {
            ("assistant", "Hello, how can I help?"),
            ("user", "Where is my order?"),
            ("assistant", "It shipped yesterday."),
        }));
        Assert.That(_seen.Chat[1].User, Is.Not.Null);
    }

    [Test]
    public async Task RawChatStringIsKept()
    {
        await using var app = await StartAsync();
        var data = new SimulatedSessionData { Chat = new List<TranscriptMessage> { TranscriptMessage.User("hi") } };

        await app.Millis().SendSessionDataAsync("/end", data);

        Assert.That(_seen!.RawChat, Is.EqualTo("[{\"role\":\"user\",\"content\":\"hi\"}]"));
    }

    [Test]
    public async Task CallStatusIsTheClientsExtensibleEnum()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { CallStatus = "voicemail-message" });

        Assert.That(_seen!.CallStatus, Is.EqualTo(CallStatus.VoicemailMessage));
    }

    [Test]
    public async Task UnknownCallStatusValueIsKeptAsSent()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { CallStatus = "dropped-by-carrier" });

        Assert.That((_seen!.CallStatus?.Value, _seen.CallStatus?.IsKnown), Is.EqualTo(("dropped-by-carrier", (bool?)false)));
    }

    [Test]
    public async Task ScalarFieldsAreRead()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { SessionId = "s-9", CallId = "c-9", AgentId = "a-9", Ts = 1_700_000_123.5, Duration = 61.25, CharsUsed = 99 });

        Assert.That((_seen!.SessionId, _seen.CallId, _seen.AgentId, _seen.Ts, _seen.Duration, _seen.CharsUsed), Is.EqualTo(("s-9", "c-9", "a-9", (double?)1_700_000_123.5, (double?)61.25, (double?)99)));
    }

    [Test]
    public async Task FunctionCallsRecordingAndMetadataAreRead()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { RecordingUrl = "https://rec.example.com/1.wav" });

        Assert.Multiple(() =>
        {
            Assert.That((_seen!.FunctionCalls[0].Name, _seen.FunctionCalls[0].Result), Is.EqualTo(("lookup_order", "{\"status\":\"shipped\"}")));
            Assert.That(_seen.RecordingUrl, Is.EqualTo("https://rec.example.com/1.wav"));
            Assert.That(_seen.Metadata["customer_id"].GetString(), Is.EqualTo("C-42"));
        });
    }

    [Test]
    public async Task ChatThatIsNotJsonStillDeliversTheEventWithNoMessages()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { RawChat = "Hello there, not JSON" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((_seen!.Chat.Count, _seen.RawChat), Is.EqualTo((0, "Hello there, not JSON")));
        Assert.That(_seen.UnreadFields, Does.Contain("chat"));
    }

    [Test]
    public async Task ChatThatIsNotJsonIsLoggedAsAWarningWithoutItsText()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { RawChat = "Private words of the caller" });

        var warnings = app.Logs.AtLeast(LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.That(warnings, Has.Some.Contains("chat"));
        Assert.That(app.Logs.AllText(LogLevel.Information), Does.Not.Contain("Private words"));
    }

    [Test]
    public async Task FieldOfAnUnexpectedShapeIsKeptRawAndTheRequestSucceeds()
    {
        await using var app = await StartAsync();
        var data = new SimulatedSessionData { AdditionalFields = { ["duration"] = new { minutes = 3 } } };

        var response = await app.Millis().SendSessionDataAsync("/end", data);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((_seen!.Duration, _seen.AdditionalFields["duration"].GetRawText()), Is.EqualTo(((double?)null, "{\"minutes\":3}")));
    }

    [Test]
    public async Task FieldOfAnUnexpectedShapeIsLoggedByNameNotValue()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { AdditionalFields = { ["call_status"] = new[] { "distinctive-value-7" } } });

        var warning = app.Logs.AtLeast(LogLevel.Warning).Single(e => e.Message.Contains("unexpected shape"));
        Assert.That(warning.Message, Does.Contain("call_status").And.Not.Contain("distinctive-value-7"));
    }

    [Test]
    public async Task UnknownFieldIsKeptRaw()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { AdditionalFields = { ["sentiment"] = "positive" } });

        Assert.That(_seen!.AdditionalFields["sentiment"].GetString(), Is.EqualTo("positive"));
    }

    [Test]
    public async Task MalformedJsonIsAnswered400WithAProblemBodyAndTheHandlerNeverRuns()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendRawAsync(HttpMethod.Post, "/end", "{\"session_id\": ");

        Assert.That((response.StatusCode, response.ContentType), Is.EqualTo((HttpStatusCode.BadRequest, "application/problem+json")));
        Assert.That(response.Json.GetProperty("title").GetString(), Is.EqualTo("The request body is not valid JSON."));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public async Task BodyThatIsNotAnObjectIsAnswered400()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendRawAsync(HttpMethod.Post, "/end", "[1, 2]");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public async Task EventConvertsToTheClientsCallLog()
    {
        await using var app = await StartAsync();

        await app.Millis().SendSessionDataAsync("/end", new SimulatedSessionData { SessionId = "s-5", CallStatus = "agent-ended" });

        var log = _seen!.ToCallLog();
        Assert.That((log?.SessionId, log?.CallStatus), Is.EqualTo(("s-5", (CallStatus?)CallStatus.AgentEnded)));
    }

    [Test]
    public void ParseReadsJsonText()
    {
        var e = SessionDataEvent.Parse("{\"session_id\":\"s-1\",\"chat\":\"[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"hi\\\"}]\"}");

        Assert.That((e.SessionId, e.Chat.Single().Content), Is.EqualTo(("s-1", "hi")));
    }

    [Test]
    public void ChatMessageOfAnUnknownRoleIsKeptAsUnknown()
    {
        var e = SessionDataEvent.Parse("{\"chat\":\"[{\\\"role\\\":\\\"system\\\",\\\"content\\\":\\\"x\\\"}]\"}");

        Assert.That(e.Chat.Single().IsUnknown, Is.True);
    }

    [Test]
    public void DateLikeTextInTheChatStaysAsSpoken()
    {
        var e = SessionDataEvent.Parse("{\"chat\":\"[{\\\"role\\\":\\\"user\\\",\\\"content\\\":\\\"2024-01-02T03:04:05Z\\\"}]\"}");

        Assert.That(e.Chat.Single().Content, Is.EqualTo("2024-01-02T03:04:05Z"));
    }

    private Task<TestApp> StartAsync() =>
        TestApp.StartAsync(a => a.MapMillisSessionData("/end", (SessionDataEvent e) =>
        {
            _seen = e;
            Interlocked.Increment(ref _handlerRuns);
        }));
}
