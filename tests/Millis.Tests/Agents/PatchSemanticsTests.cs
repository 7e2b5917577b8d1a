using Millis.Agents;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Agents;

/// <summary>Partial configs carry only the fields set; cleared fields are sent as JSON null.</summary>
public class PatchSemanticsTests
{
    [Test]
    public void UpdateWithOnlyThePromptSendsExactlyNameAndPrompt()
    {
        var update = new PartialAgentConfigBuilder().WithPrompt("New instructions").BuildUpdate("Front desk");

        Assert.That(JsonConvert.SerializeObject(update), Is.EqualTo("{\"name\":\"Front desk\",\"config\":{\"prompt\":\"New instructions\"}}"));
    }

    [Test]
    public void EmptyPartialConfigSerializesToAnEmptyObject() =>
        Assert.That(JsonConvert.SerializeObject(new PartialAgentConfigBuilder().Build()), Is.EqualTo("{}"));

    [Test]
    public void ClearingAFieldSendsNullForIt()
    {
        var update = new PartialAgentConfigBuilder().WithPrompt("p").Clear(AgentField.FirstMessage).BuildUpdate("a");

        Assert.That(JsonConvert.SerializeObject(update), Is.EqualTo("{\"name\":\"a\",\"config\":{\"prompt\":\"p\",\"first_message\":null}}"));
    }

    [Test]
    public void ClearingSendsNullEvenWithNullValueHandlingIgnore()
    {
        var config = new PartialAgentConfigBuilder().Clear(AgentField.Flow).Build();
        var settings = new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore };

        Assert.That(JsonConvert.SerializeObject(config, settings), Is.EqualTo("{\"flow\":null}"));
    }

    [Test]
    public void ClearingAFieldDropsTheValueSetBefore()
    {
        var config = new PartialAgentConfigBuilder().WithTimezone("UTC").Clear(AgentField.Timezone).Build();

        Assert.That(JsonConvert.SerializeObject(config), Is.EqualTo("{\"timezone\":null}"));
    }

    [Test]
    public void SettingAFieldAfterClearingItCancelsTheClear()
    {
        var builder = new PartialAgentConfigBuilder().Clear(AgentField.Timezone).WithTimezone("UTC");

        Assert.That(JsonConvert.SerializeObject(builder.Build()), Is.EqualTo("{\"timezone\":\"UTC\"}"));
        Assert.That(builder.ClearedFields, Is.Empty);
    }

    [Test]
    public void EveryTopLevelFieldCanBeClearedWithItsWireName()
    {
        var builder = new PartialAgentConfigBuilder();
        foreach (AgentField field in Enum.GetValues(typeof(AgentField)))
        {
            builder.Clear(field);
        }

        var json = JObject.Parse(JsonConvert.SerializeObject(builder.Build()));
        var specFields = ((JObject)RepoFiles.Spec()["components"]!["schemas"]!["PartialAgentConfig-Input"]!["properties"]!).Properties().Select(p => p.Name);

        Assert.That(json.Properties().Select(p => p.Name), Is.EquivalentTo(specFields));
        Assert.That(json.Properties().All(p => p.Value.Type == JTokenType.Null), Is.True);
    }

    [Test]
    public void TouchedObjectsCarryOnlyTheirSetFieldsAndNoGeneratedDefaults()
    {
        var config = new PartialAgentConfigBuilder()
            .WithLlm(LLMProvider.Gpt4oMini)
            .WithBackgroundAudio("https://cdn.example.com/a.mp3")
            .WithPrivacy(optOutDataCollection: false)
            .Flow(f => f.Interruption(allowed: true))
            .Build();

        Assert.That(JsonConvert.SerializeObject(config), Is.EqualTo(
            "{\"flow\":{\"interruption\":{\"allowed\":true}},\"llm\":{\"model\":\"gpt-4o-mini\"},"
            + "\"privacy_settings\":{\"opt_out_data_collection\":false},\"call_settings\":{\"background\":{\"url\":\"https://cdn.example.com/a.mp3\"}}}"));
    }

    [Test]
    public void PartialConfigWorksAsAPerCallAgentConfig()
    {
        var call = new AgentCallData { AgentId = "agent-1", AgentConfig = new PartialAgentConfigBuilder().WithFirstMessage("Hi Sam!").Build() };

        Assert.That(JsonConvert.SerializeObject(call), Is.EqualTo("{\"agent_id\":\"agent-1\",\"agent_config\":{\"first_message\":\"Hi Sam!\"}}"));
    }

    [Test]
    public void ClearingAnUndefinedFieldThrows() =>
        Assert.That(() => new PartialAgentConfigBuilder().Clear((AgentField)999), Throws.InstanceOf<ArgumentOutOfRangeException>());
}
