using System.Net;
using Millis.Chat;
using Millis.Models;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Millis.Tests.Chat;

/// <summary>ChatRequest helpers and the checks that run before anything is sent.</summary>
public class ChatRequestTests
{
    private static (MockHttpMessageHandler Mock, MockedRequest Any, MillisClient Client) Setup()
    {
        var mock = new MockHttpMessageHandler();
        var any = mock.When("*").Respond(HttpStatusCode.OK, "text/event-stream", "data: [DONE]\n\n");
        var client = new MillisClient(mock.ToHttpClient(), new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1/"), MaxRetries = 0 });
        return (mock, any, client);
    }

    [Test]
    public void ARequestWithoutAnAgentIsRejectedNamingTheField()
    {
        var (mock, any, client) = Setup();
        using var _ = mock;
        using var __ = client;
        var request = new ChatRequest().AddUser("Hi");

        var ex = Assert.Throws<ArgumentException>(() => client.Chat.StreamAsync(request));
        Assert.That(ex!.ParamName, Is.EqualTo("AgentId"));
        Assert.That(ex.Message, Does.Contain("AgentConfig"));
        Assert.ThrowsAsync<ArgumentException>(() => client.Chat.CompleteAsync(request));
        Assert.Throws<ArgumentException>(() => client.Chat.StreamTextAsync(request));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(0));
    }

    [Test]
    public void ARequestWithoutMessagesIsRejectedNamingTheField()
    {
        var (mock, any, client) = Setup();
        using var _ = mock;
        using var __ = client;

        var ex = Assert.Throws<ArgumentException>(() => client.Chat.StreamAsync(ChatRequest.ForAgent("agent-1")));
        Assert.That(ex!.ParamName, Is.EqualTo("Messages"));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(0));
    }

    [Test]
    public void BlankAgentIdsAndNullMessagesAreRejected()
    {
        Assert.That(() => ChatRequest.ForAgent(" "), Throws.ArgumentException.With.Property("ParamName").EqualTo("agentId"));
        Assert.That(() => new ChatRequest { AgentId = "" }.AddUser("x").Validate(), Throws.ArgumentException.With.Property("ParamName").EqualTo("AgentId"));
        var request = ChatRequest.ForAgent("a");
        request.Messages.Add(null!);
        Assert.That(request.Validate, Throws.ArgumentException.With.Property("ParamName").EqualTo("Messages"));
        Assert.That(() => request.AddUser(null!), Throws.InstanceOf<ArgumentNullException>());
    }

    [Test]
    public async Task AnInlineConfigIsSentAsAgentConfigWithoutAnId()
    {
        var mock = new MockHttpMessageHandler();
        string? body = null;
        mock.When(HttpMethod.Post, "http://127.0.0.1/chat/completions").Respond(async request =>
        {
            body = await request.Content!.ReadAsStringAsync();
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(": nothing\n\n", System.Text.Encoding.UTF8, "text/event-stream") };
        });
        using var client = new MillisClient(mock.ToHttpClient(), new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1/"), MaxRetries = 0 });

        var request = ChatRequest.ForAgentConfig(new PartialAgentConfig { Prompt = "You are terse.", FirstMessage = "Hi" }).AddUser("Hello");
        var completion = await client.Chat.CompleteAsync(request);

        Assert.That(completion.Text, Is.Empty);
        var agent = (JObject)JObject.Parse(body!)["agent"]!;
        Assert.That(agent.ContainsKey("agent_id"), Is.False);
        Assert.That((string?)agent["agent_config"]!["prompt"], Is.EqualTo("You are terse."));
        Assert.That(JObject.Parse(body!).ContainsKey("end_of_session"), Is.False, "end_of_session is only sent when set");
    }

    [Test]
    public void TheRequestIsCopiedWhenTheStreamIsCreated()
    {
        var request = ChatRequest.ForAgent("a").AddUser("first").WithMetadata("k", 1);
        var data = request.ToCompletionData();
        request.AddUser("second").WithMetadata("k", 2);

        Assert.That(data.Messages, Has.Count.EqualTo(1));
        Assert.That(data.Agent.Metadata!["k"], Is.EqualTo(1));
    }

    [Test]
    public void AnAssistantMessageWithoutToolCallsSendsNone()
    {
        var request = ChatRequest.ForAgent("a").AddAssistant("ok", []).AddAssistant("ok2");

        Assert.That(request.Messages.Select(m => m.Assistant!.ToolCalls), Is.All.Null);
    }
}
