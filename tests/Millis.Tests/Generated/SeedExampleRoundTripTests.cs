using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Generated;

/// <summary>
/// The vendor's documented examples (seed 000: GET /phones/{phone} response; seed 003: POST /chat/completions body),
/// with unknown extra properties added at several levels, survive deserialize + serialize with no data lost or changed.
/// </summary>
public class SeedExampleRoundTripTests
{
    private const string PhoneFile = "seed-000-phone.json";
    private const string ChatFile = "seed-003-chat-completion-request.json";

    private static string RoundTrip<T>(string json) => JsonConvert.SerializeObject(JsonConvert.DeserializeObject<T>(json));

    [Test]
    public void PhoneExampleRoundTripsWithoutLoss()
    {
        var json = RepoFiles.TestData(PhoneFile);

        JsonAssert.SemanticallyEqual(json, RoundTrip<Phone>(json));
    }

    [Test]
    public void ChatCompletionRequestExampleRoundTripsWithoutLoss()
    {
        var json = RepoFiles.TestData(ChatFile);

        JsonAssert.SemanticallyEqual(json, RoundTrip<ChatCompletionData>(json));
    }

    [Test]
    public void PhoneExampleDeserializesIntoTypedProperties()
    {
        var phone = JsonConvert.DeserializeObject<Phone>(RepoFiles.TestData(PhoneFile))!;
        var config = phone.AgentConfigOverride!;

        Assert.That(config.Voice!.Provider, Is.EqualTo(VoiceProvider.ElevenLabs));
        Assert.That(config.Flow!.Voicemail!.Action.Value, Is.EqualTo("hangup"));
        Assert.That(config.SessionDataWebhook!.Url, Is.EqualTo("<string>"));
        Assert.That(config.Tools![0].Params![0].Required, Is.True);
        Assert.That(config.SpeechToText!.Multilingual, Is.True);
        Assert.That(config.Flow.DtmfDial!.Enabled, Is.False);
    }

    [TestCase(PhoneFile, "agent_config_override.flow.interruption")]
    [TestCase(ChatFile, "agent.agent_config.flow.interruption")]
    public void FirstMesssageWithThreeSSurvives(string file, string interruptionPath)
    {
        var json = RepoFiles.TestData(file);

        var written = JsonAssert.Parse(file == PhoneFile ? RoundTrip<Phone>(json) : RoundTrip<ChatCompletionData>(json));

        var interruption = (JObject)written.SelectToken(interruptionPath)!;
        Assert.That(interruption.Properties().Select(p => p.Name), Does.Contain("first_messsage").And.Not.Contain("first_message"));
        Assert.That((bool?)interruption["first_messsage"], Is.True);
    }

    [Test]
    public void FirstMesssageIsReadIntoTheInterruptionModel()
    {
        var phone = JsonConvert.DeserializeObject<Phone>(RepoFiles.TestData(PhoneFile))!;

        Assert.That(phone.AgentConfigOverride!.Flow!.Interruption!.FirstMesssage, Is.True);
    }

    [Test]
    public void ResponseDelayIsReadAsMilliseconds()
    {
        var phone = JsonConvert.DeserializeObject<Phone>(RepoFiles.TestData(PhoneFile))!;

        var delay = phone.AgentConfigOverride!.Flow!.ResponseDelay!;

        Assert.That(delay.IsMilliseconds, Is.True);
        Assert.That(delay.Milliseconds, Is.EqualTo(123));
    }

    [TestCase(PhoneFile, "agent_config_override.flow.response_delay")]
    [TestCase(ChatFile, "agent.agent_config.flow.response_delay")]
    public void ResponseDelayIsWrittenBackAsAnInteger(string file, string path)
    {
        var json = RepoFiles.TestData(file);

        var written = JsonAssert.Parse(file == PhoneFile ? RoundTrip<Phone>(json) : RoundTrip<ChatCompletionData>(json));

        var delay = written.SelectToken(path)!;
        Assert.That(delay.Type, Is.EqualTo(JTokenType.Integer));
        Assert.That(delay.ToString(Formatting.None), Is.EqualTo("123"));
    }

    [TestCase("x_future_top")]
    [TestCase("agent_config_override.flow.x_future_flow_setting")]
    [TestCase("agent_config_override.voice.x_future_voice_style")]
    public void UnknownPhonePropertiesSurvive(string path)
    {
        var json = RepoFiles.TestData(PhoneFile);
        var expected = JsonAssert.Parse(json).SelectToken(path);

        var written = JsonAssert.Parse(RoundTrip<Phone>(json)).SelectToken(path);

        Assert.That(expected, Is.Not.Null, "test data lost its unknown property");
        Assert.That(written, Is.Not.Null);
        Assert.That(JToken.DeepEquals(written, expected), Is.True, written!.ToString());
    }

    [TestCase("x_future_top")]
    [TestCase("agent.agent_config.flow.x_future_flow_setting")]
    [TestCase("messages[0].x_future_message_field")]
    public void UnknownChatCompletionPropertiesSurvive(string path)
    {
        var json = RepoFiles.TestData(ChatFile);
        var expected = JsonAssert.Parse(json).SelectToken(path);

        var written = JsonAssert.Parse(RoundTrip<ChatCompletionData>(json)).SelectToken(path);

        Assert.That(expected, Is.Not.Null, "test data lost its unknown property");
        Assert.That(written, Is.Not.Null);
        Assert.That(JToken.DeepEquals(written, expected), Is.True, written!.ToString());
    }

    [Test]
    public void UnknownPropertiesAreReachableOnTheModel()
    {
        var phone = JsonConvert.DeserializeObject<Phone>(RepoFiles.TestData(PhoneFile))!;

        Assert.That(phone.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "x_future_top" }));
        Assert.That(phone.AgentConfigOverride!.Flow!.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "x_future_flow_setting" }));
    }

    [Test]
    public void ChatSeedMessageIsAUserMessageWithItsExtraField()
    {
        var data = JsonConvert.DeserializeObject<ChatCompletionData>(RepoFiles.TestData(ChatFile))!;

        Assert.That(data.Messages, Has.Count.EqualTo(1));
        Assert.That(data.Messages[0].User!.Content, Is.EqualTo("<string>"));
        Assert.That(data.Messages[0].User!.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "x_future_message_field" }));
    }
}
