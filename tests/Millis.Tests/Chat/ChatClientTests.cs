using System.Net;
using System.Net.Http;
using System.Text;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Chat;

public class ChatClientTests
{
    private const string Events = "data: {\"choices\":[{\"delta\":{\"content\":\"Hello\"}}]}\n\n";

    [Test]
    public async Task OpenStreamAsync_PostsAgentAndMessages_AndReturnsTheEventStream()
    {
        using var api = new ApiStub().RespondWith(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(Events, Encoding.UTF8, "text/event-stream"),
        });
        var request = new ChatCompletionData
        {
            Agent = new AgentCallData { AgentId = "agent-1" },
            Messages = [ChatMessage.CreateUser("Hi"), ChatMessage.CreateAssistant("Hello, how can I help?")],
        };

        using var stream = await api.Client.Chat.OpenStreamAsync(request);
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync();

        api.Single.AssertShape("POST", "/chat/completions",
            """{"agent":{"agent_id":"agent-1"},"messages":[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello, how can I help?"}]}""");
        Assert.That(text, Is.EqualTo(Events));
    }

    [Test]
    public void OpenStreamAsync_RejectsARequestWithoutMessagesBeforeSending()
    {
        using var api = new ApiStub();

        Assert.ThrowsAsync<ArgumentException>(() => api.Client.Chat.OpenStreamAsync(new ChatCompletionData { Agent = new AgentCallData { AgentId = "agent-1" } }));
        Assert.That(api.Requests, Is.Empty);
    }
}
