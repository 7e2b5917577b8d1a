using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Agents;

public class AgentsClientTests
{
    private const string AgentJson = """{"id":"agent-1","name":"Support","config":{"prompt":"Be brief.","voice":{"provider":"elevenlabs","voice_id":"v1"}},"created_at":1700000000}""";

    private static AgentConfig Config() => new() { Prompt = "Be brief.", Voice = new Voice { Provider = VoiceProvider.ElevenLabs, VoiceId = "v1" } };

    [Test]
    public async Task ListAsync_GetsAgents_AndReturnsTheArray()
    {
        using var api = new ApiStub().RespondJson($"[{AgentJson}]");

        var agents = await api.Client.Agents.ListAsync();

        api.Single.AssertShape("GET", "/agents");
        Assert.That(agents.Select(a => a.Id), Is.EqualTo(new[] { "agent-1" }));
    }

    [Test]
    public async Task GetAsync_GetsTheAgentByEscapedId_AndReturnsIt()
    {
        using var api = new ApiStub().RespondJson(AgentJson);

        var agent = await api.Client.Agents.GetAsync("a?b c#é");

        api.Single.AssertShape("GET", "/agents/a%3Fb%20c%23%C3%A9");
        Assert.That((agent.Id, agent.Name, agent.CreatedAt), Is.EqualTo(("agent-1", "Support", 1700000000)));
    }

    [Test]
    public async Task CreateAsync_PostsNameAndConfig_AndReturnsTheNewAgent()
    {
        using var api = new ApiStub().RespondJson(AgentJson);

        var agent = await api.Client.Agents.CreateAsync("Support", Config());

        api.Single.AssertShape("POST", "/agents", """{"name":"Support","config":{"prompt":"Be brief.","voice":{"provider":"elevenlabs","voice_id":"v1"}}}""");
        Assert.That(agent.Config.Voice.VoiceId, Is.EqualTo("v1"));
    }

    [Test]
    public async Task UpdateAsync_PutsNameAndOnlyTheSetConfigFields()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Agents.UpdateAsync("agent-1", "Renamed", new PartialAgentConfig { Prompt = "New prompt" });

        api.Single.AssertShape("PUT", "/agents/agent-1", """{"name":"Renamed","config":{"prompt":"New prompt"}}""");
    }

    [Test]
    public void UpdateAsync_ReportsSuccessFalseAsAnError()
    {
        using var api = new ApiStub().RespondJson("""{"success":false}""");

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.UpdateAsync("agent-1", "Renamed", new PartialAgentConfig()));

        Assert.That(ex!.Message, Does.Contain("success"));
    }

    [Test]
    public void DeleteAsync_ReportsA200BodyThatIsNeitherGenericResponseNorOkAsAnError()
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Text("<html>maintenance</html>", System.Net.HttpStatusCode.OK, "text/html"));

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.DeleteAsync("agent-1"));

        Assert.That(ex!.BodyExcerpt, Is.EqualTo("<html>maintenance</html>"));
    }

    [Test]
    public async Task DeleteAsync_DeletesTheAgent()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Agents.DeleteAsync("agent-1");

        api.Single.AssertShape("DELETE", "/agents/agent-1");
    }

    [Test]
    public async Task DuplicateAsync_PostsWithoutBody_AndReturnsTheCopy()
    {
        using var api = new ApiStub().RespondJson(AgentJson.Replace("agent-1", "agent-2"));

        var copy = await api.Client.Agents.DuplicateAsync("agent-1");

        api.Single.AssertShape("POST", "/agents/agent-1/duplicate");
        Assert.That(copy.Id, Is.EqualTo("agent-2"));
    }

    [Test]
    public async Task SetEmbedConfigAsync_PostsTheWidgetSettings()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.Agents.SetEmbedConfigAsync("agent-1", new EmbedConfig { Background = "#fff", Size = 48, Transcript = true });

        api.Single.AssertShape("POST", "/agents/agent-1/embed", """{"background":"#fff","size":48,"transcript":true}""");
    }

    [Test]
    public async Task GetCallHistoriesAsync_SendsStartAtAndLimit_AndReturnsTheItems()
    {
        using var api = new ApiStub().RespondJson(
            """{"items":[{"agent_config":{},"duration":12.5,"ts":1700000000.5,"chat":"hi","chars_used":3,"session_id":"s-1","cost_breakdown":[]}],"pagination":{"success":true}}""");

        var items = await api.Client.Agents.GetCallHistoriesAsync("agent-1", startAt: 1700000000.5, limit: 5);

        api.Single.AssertShape("GET", "/agents/agent-1/call-histories?start_at=1700000000.5&limit=5");
        Assert.That(items.Select(i => (i.SessionId, i.Duration)), Is.EqualTo(new[] { ("s-1", 12.5) }));
    }

    [Test]
    public async Task GetCallHistoriesAsync_SendsNoQueryWhenNoFilterIsGiven()
    {
        using var api = new ApiStub().RespondJson("""{"items":[],"pagination":{"success":true}}""");

        var items = await api.Client.Agents.GetCallHistoriesAsync("agent-1");

        api.Single.AssertShape("GET", "/agents/agent-1/call-histories");
        Assert.That(items, Is.Empty);
    }
}
