using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.AI;
using Millis.AspNetCore.Tests.TestSupport;

namespace Millis.AspNetCore.Tests.CustomLlm.ChatClient;

public class MillisChatClientHandlerTests
{
    [Test]
    public async Task TranscriptBecomesChatMessagesAfterTheInstructions()
    {
        var client = new FakeChatClient("Fine.");
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", client, o => o.Instructions = "Be brief."));
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.Assistant("Hi, Acme here."), TranscriptMessage.User("How are you?") });
        await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(client.Requests.Single().Select(m => (m.Role, m.Text)), Is.EqualTo(new[]
        {
            (ChatRole.System, "Be brief."), (ChatRole.Assistant, "Hi, Acme here."), (ChatRole.User, "How are you?"),
        }));
    }

    [Test]
    public async Task StreamedTextIsSentAsOneFlushedFramePerSentence()
    {
        var client = new FakeChatClient("We open at ", "9. On Sun", "days we are closed! Any", "thing else?");
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", client));
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("Hours?") });
        var frames = await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(frames.Select(f => (f.Content, f.Flush, f.EndOfStream)), Is.EqualTo(new[]
        {
            ("We open at 9.", (bool?)true, false),
            ("On Sundays we are closed!", true, false),
            ("Anything else?", null, true),
        }));
    }

    [Test]
    public async Task InterruptCancelsTheChatRequest()
    {
        var client = new FakeChatClient("Let me see. ", "never sent") { HangAfterFirstPiece = true };
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", client));
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("Hours?") });
        await call.ReceiveUntilAsync(f => f.StreamId == "1", Guard.Token());
        await call.SendInterruptAsync("1");

        await client.Cancelled.Task.Within();
        Assert.Pass("the chat client's token was cancelled");
    }

    [Test]
    public async Task GreetingIsSpokenWhenTheCallStarts()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", new FakeChatClient(), o => o.Greeting = "Hello, Acme dental."));
        await using var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());

        await call.SendStartCallAsync("0");
        var frames = await call.ReadStreamAsync("0", Guard.Token());

        Assert.That(frames.Single().Content, Is.EqualTo("Hello, Acme dental."));
    }

    [Test]
    public async Task NoGreetingSendsNothingForStartCall()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", new FakeChatClient("ok")));
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("hi") });
        await call.ReadStreamAsync("1", Guard.Token());

        Assert.That(call.Frames.Select(f => f.StreamId), Is.All.EqualTo("1"));
    }

    [Test]
    public async Task ChatOptionsArePassedAsACopyPerRequest()
    {
        var client = new FakeChatClient("ok");
        var options = new ChatOptions { ModelId = "offline-model", Temperature = 0.2f };
        await using var app = await TestApp.StartAsync(a => a.MapMillisCustomLlm("/llm", client, o => o.ChatOptions = options));
        await using var call = await StartCallAsync(app);

        await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("hi") });
        await call.ReadStreamAsync("1", Guard.Token());

        var sent = client.Options.Single();
        Assert.That((sent?.ModelId, sent?.Temperature, ReferenceEquals(sent, options)), Is.EqualTo(("offline-model", (float?)0.2f, false)));
    }

    private static async Task<Millis.AspNetCore.Testing.MillisCustomLlmSimulatorConnection> StartCallAsync(TestApp app)
    {
        var call = await app.LlmSimulator("/llm").ConnectAsync(Guard.Token());
        await call.SendStartCallAsync();
        return call;
    }
}
