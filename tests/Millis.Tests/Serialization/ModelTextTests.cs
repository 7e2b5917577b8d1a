using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Serialization;

/// <summary>A model's ToString names its type and ids, so logs and the debugger say which one it is, and nothing else.</summary>
public class ModelTextTests
{
    [Test]
    public void AnAgentShowsItsTypeAndId_NeverItsPromptOrName()
    {
        var agent = SdkJson.Read<Agent>("""{"id":"a1","name":"Dr Smith's line","config":{"prompt":"Secret instructions","voice":{"provider":"openai","voice_id":"alloy"}},"created_at":1}""");

        Assert.That(agent.ToString(), Is.EqualTo("Agent { id = \"a1\" }"));
    }

    [Test]
    public void ACallLogShowsEveryIdItCarries()
    {
        var log = SdkJson.Read<CallLog>("""{"session_id":"s1","agent_id":"a1","chat":"[{\"role\":\"user\",\"content\":\"my card is 4111\"}]","ts":1}""");

        Assert.That(log.ToString(), Is.EqualTo("CallLog { agent_id = \"a1\", session_id = \"s1\" }"));
    }

    [Test]
    public void AModelWithoutIdsShowsItsType()
    {
        Assert.That(new LLM { Model = LLMProvider.Gpt4o, Temperature = 0.2 }.ToString(), Is.EqualTo("LLM"));
    }

    [Test]
    public void AnIdThatWasNeverSetIsNotShown()
    {
        Assert.That(new Agent { Name = "n" }.ToString(), Is.EqualTo("Agent"));
    }
}
