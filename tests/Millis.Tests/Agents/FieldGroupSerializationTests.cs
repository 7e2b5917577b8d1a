using Millis.Agents;
using Millis.Models;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Agents;

/// <summary>Each group of builder calls lands at its JSON path, with nothing else added (Newtonsoft default settings).</summary>
public class FieldGroupSerializationTests
{
    private static AgentConfigBuilder Minimal() => new AgentConfigBuilder().WithPrompt("p").WithVoice(Voice.OpenAI("alloy"));

    private static JObject Built(Func<AgentConfigBuilder, AgentConfigBuilder> configure) => AgentJson.Of(configure(Minimal()).Build());

    private static void AssertGroup(Func<AgentConfigBuilder, AgentConfigBuilder> configure, string field, string expectedJson)
    {
        var json = Built(configure);
        Assert.That(json.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "prompt", "voice", field }));
        AgentJson.AssertSameMeaning(json[field]!, JToken.Parse(expectedJson));
    }

    [Test]
    public void MinimalConfigHasOnlyPromptAndVoice()
    {
        Assert.That(AgentJson.Text(Minimal().Build()), Is.EqualTo("{\"prompt\":\"p\",\"voice\":{\"provider\":\"openai\",\"voice_id\":\"alloy\"}}"));
    }

    [Test]
    public void VoiceProviderIdModelAndSettingsGoUnderVoice()
    {
        var json = AgentJson.Of(new AgentConfigBuilder().WithPrompt("p")
            .WithVoice(Voice.ElevenLabs("v1").Model("eleven_turbo_v2_5").Setting("stability", 0.5)).Build());
        AgentJson.AssertSameMeaning(json["voice"]!, JToken.Parse("""{"provider":"elevenlabs","voice_id":"v1","model":"eleven_turbo_v2_5","settings":{"stability":0.5}}"""));
    }

    [Test]
    public void VoiceAcceptsAProviderUnknownToThisSdkAsARawString()
    {
        var json = AgentJson.Of(new AgentConfigBuilder().WithPrompt("p").WithVoice("future-tts", "v9").Build());
        AgentJson.AssertSameMeaning(json["voice"]!, JToken.Parse("""{"provider":"future-tts","voice_id":"v9"}"""));
    }

    [Test]
    public void FirstMessageGoesToFirstMessage() =>
        AssertGroup(b => b.WithFirstMessage("Hi!"), "first_message", "\"Hi!\"");

    [Test]
    public void LanguageAcceptsKnownValuesAndRawStrings()
    {
        Assert.That(Built(b => b.WithLanguage(Language.EnUS))["language"]!.Value<string>(), Is.EqualTo("en-US"));
        Assert.That(Built(b => b.WithLanguage("xx-YY"))["language"]!.Value<string>(), Is.EqualTo("xx-YY"));
    }

    [Test]
    public void InterruptionSettingsGoUnderFlowInterruptionWithThreeSFirstMessage() =>
        AssertGroup(b => b.Flow(f => f.AllowInterruptions(keepInterruptionMessage: false, duringFirstMessage: true)), "flow",
            """{"interruption":{"allowed":true,"keep_interruption_message":false,"first_messsage":true}}""");

    [Test]
    public void UserStartFirstGoesUnderFlow() =>
        AssertGroup(b => b.Flow(f => f.UserStartsFirst()), "flow", """{"user_start_first":true}""");

    [Test]
    public void ResponseDelayInMillisecondsIsAnInteger() =>
        AssertGroup(b => b.Flow(f => f.ResponseDelay(300)), "flow", """{"response_delay":300}""");

    [Test]
    public void PerInputResponseDelayIsAnObject() =>
        AssertGroup(b => b.Flow(f => f.ResponseDelayPerInput(200, 1200)), "flow", """{"response_delay":{"generic_delay":200,"number_input_delay":1200}}""");

    [Test]
    public void AutoFillResponsesGoUnderFlow() =>
        AssertGroup(b => b.Flow(f => f.AutoFillResponses(1500, "One moment.")), "flow",
            """{"auto_fill_responses":{"response_gap_threshold":1500,"messages":["One moment."]}}""");

    [Test]
    public void AgentTerminateCallGoesUnderFlow() =>
        AssertGroup(b => b.Flow(f => f.AllowAgentToEndCall("When done", "Bye!")), "flow",
            """{"agent_terminate_call":{"enabled":true,"instruction":"When done","messages":["Bye!"]}}""");

    [Test]
    public void DisallowingAgentToEndCallSendsOnlyEnabledFalse() =>
        AssertGroup(b => b.Flow(f => f.DisallowAgentToEndCall()), "flow", """{"agent_terminate_call":{"enabled":false}}""");

    [Test]
    public void VoicemailMessageGoesUnderFlowVoicemail() =>
        AssertGroup(b => b.Flow(f => f.OnVoicemailLeaveMessage("Call us back", continueOnVoiceActivity: true)), "flow",
            """{"voicemail":{"action":"message","message":"Call us back","continue_on_voice_activity":true}}""");

    [Test]
    public void VoicemailHangUpSendsOnlyTheAction() =>
        AssertGroup(b => b.Flow(f => f.OnVoicemailHangUp()), "flow", """{"voicemail":{"action":"hangup"}}""");

    [Test]
    public void TransferToSeveralNumbersFillsCallTransferPhones() =>
        AssertGroup(b => b.Flow(f => f.TransferTo("+15551234567", "sales").TransferTo("+15557654321").TransferInstruction("Ask first").TransferMessages("Transferring")), "flow",
            """{"call_transfer":{"phones":[{"phone":"+15551234567","description":"sales"},{"phone":"+15557654321"}],"instruction":"Ask first","messages":["Transferring"]}}""");

    [Test]
    public void TransferToNumberSetsTheSinglePhone() =>
        AssertGroup(b => b.Flow(f => f.TransferToNumber("+15551234567")), "flow", """{"call_transfer":{"phone":"+15551234567"}}""");

    [Test]
    public void InactivityHandlingGoesUnderFlow() =>
        AssertGroup(b => b.Flow(f => f.OnInactivity(8.5, "Still there?")), "flow", """{"inactivity_handling":{"idle_time":8.5,"message":"Still there?"}}""");

    [Test]
    public void DtmfDialGoesUnderFlow() =>
        AssertGroup(b => b.Flow(f => f.DtmfDial(instruction: "Press 1")), "flow", """{"dtmf_dial":{"enabled":true,"instruction":"Press 1"}}""");

    [Test]
    public void RepeatedFlowCallsAddToTheSameFlow() =>
        AssertGroup(b => b.Flow(f => f.UserStartsFirst()).Flow(f => f.DtmfDial(false)), "flow", """{"user_start_first":true,"dtmf_dial":{"enabled":false}}""");

    [Test]
    public void ToolSettingsGoUnderTools() =>
        AssertGroup(b => b.AddTool(t => t.Named("lookup").Description("Finds orders").Webhook("https://api.example.com/o")
                .Header("Authorization", "Bearer x").Method("GET").Timeout(5).Parameter("id", "string", "Order id", required: true)
                .RunAfterCall(false).Messages("Checking").ResponseMode("strict").ExecuteAfterMessage().ExcludeSessionId().IncludeMetadata()),
            "tools",
            """
            [{"name":"lookup","description":"Finds orders","webhook":"https://api.example.com/o","header":{"Authorization":"Bearer x"},
              "method":"GET","timeout":5,"params":[{"name":"id","required":true,"type":"string","description":"Order id"}],
              "run_after_call":false,"messages":["Checking"],"response_mode":"strict","execute_after_message":true,
              "exclude_session_id":true,"include_metadata":true}]
            """);

    [Test]
    public void MinimalToolSendsOnlyNameAndDescription() =>
        AssertGroup(b => b.AddTool(t => t.Named("ping").Description("Pings")), "tools", """[{"name":"ping","description":"Pings"}]""");

    [Test]
    public void MillisFunctionGoesUnderMillisFunctions() =>
        AssertGroup(b => b.AddMillisFunction(m => m.Named("collect_email").Description("Collects email").Type("webform")
                .DataParam("email", "string", "Email address", required: true).Parameter("note", "string", "A note").Messages("Sent").ResponseMode("strict")),
            "millis_functions",
            """
            [{"name":"collect_email","description":"Collects email","type":"webform",
              "data":{"param":{"name":"email","type":"string","description":"Email address","required":true}},
              "params":[{"name":"note","required":false,"type":"string","description":"A note"}],"messages":["Sent"],"response_mode":"strict"}]
            """);

    [Test]
    public void AppFunctionGoesUnderAppFunctions() =>
        AssertGroup(b => b.AddAppFunction("calendar", new Dictionary<string, string> { ["key"] = "k" }).AddAppFunction("crm"), "app_functions",
            """[{"name":"calendar","credentials":{"key":"k"}},{"name":"crm"}]""");

    [Test]
    public void CustomLlmWebsocketGoesToItsField() =>
        AssertGroup(b => b.WithCustomLlmWebsocket("wss://llm.example.com/ws"), "custom_llm_websocket", "\"wss://llm.example.com/ws\"");

    [Test]
    public void VadThresholdGoesToItsField() =>
        AssertGroup(b => b.WithVadThreshold(0.4), "vad_threshold", "0.4");

    [Test]
    public void LlmModelTemperatureAndHistoryGoUnderLlm() =>
        AssertGroup(b => b.WithLlm(LLMProvider.Gpt4o, 0.7, historyMessageLimit: 10, historyToolResultLimit: 3), "llm",
            """{"model":"gpt-4o","temperature":0.7,"history_settings":{"history_message_limit":10,"history_tool_result_limit":3}}""");

    [Test]
    public void LlmWithoutTemperatureDoesNotSendTheGeneratedDefault() =>
        AssertGroup(b => b.WithLlm("my-custom-model"), "llm", """{"model":"my-custom-model"}""");

    [Test]
    public void SessionTimeoutGoesUnderSessionTimeout() =>
        AssertGroup(b => b.WithSessionTimeout(600, 30, "Bye"), "session_timeout", """{"max_duration":600,"max_idle":30,"message":"Bye"}""");

    [Test]
    public void SessionDataWebhookAsUrlIsAString() =>
        AssertGroup(b => b.WithSessionDataWebhook("https://hooks.example.com/s"), "session_data_webhook", "\"https://hooks.example.com/s\"");

    [Test]
    public void SessionDataWebhookWithHeadersIsAnObject() =>
        AssertGroup(b => b.WithSessionDataWebhook("https://hooks.example.com/s", new Dictionary<string, string> { ["X-Key"] = "k" }), "session_data_webhook",
            """{"url":"https://hooks.example.com/s","headers":{"X-Key":"k"}}""");

    [Test]
    public void ExtraPromptWebhookWithHeadersIsAnObject() =>
        AssertGroup(b => b.WithExtraPromptWebhook("https://hooks.example.com/e", new Dictionary<string, string> { ["X-Key"] = "k" }), "extra_prompt_webhook",
            """{"url":"https://hooks.example.com/e","headers":{"X-Key":"k"}}""");

    [Test]
    public void ExtraPromptWebhookAsUrlIsAString() =>
        AssertGroup(b => b.WithExtraPromptWebhook("https://hooks.example.com/e"), "extra_prompt_webhook", "\"https://hooks.example.com/e\"");

    [Test]
    public void PrivacySettingsWithoutDoNotCallDetectionDoNotSendTheGeneratedDefault() =>
        AssertGroup(b => b.WithPrivacy(optOutDataCollection: true), "privacy_settings", """{"opt_out_data_collection":true}""");

    [Test]
    public void PrivacySettingsGoUnderPrivacySettings() =>
        AssertGroup(b => b.WithPrivacy(false, doNotCallDetection: true), "privacy_settings", """{"opt_out_data_collection":false,"do_not_call_detection":true}""");

    [Test]
    public void VocabularyKeywordsGoUnderCustomVocabulary() =>
        AssertGroup(b => b.AddVocabulary("Millis", 2).AddVocabulary("Acme", 1), "custom_vocabulary", """{"keywords":{"Millis":2,"Acme":1}}""");

    [Test]
    public void LanguageSwitchingAcceptsLanguagesAndStrings() =>
        AssertGroup(b => b.WithLanguageSwitching(Language.En, "es"), "switch_language", """{"languages":["en","es"]}""");

    [Test]
    public void KnowledgeBaseGoesUnderKnowledgeBase() =>
        AssertGroup(b => b.WithKnowledgeBase(new[] { "f1" }, new[] { "Searching" }), "knowledge_base", """{"files":["f1"],"messages":["Searching"]}""");

    [Test]
    public void SpeechToTextGoesUnderSpeechToText() =>
        AssertGroup(b => b.WithSpeechToText(SpeechToTextProvider.Deepgram, "nova-2", multilingual: true), "speech_to_text",
            """{"provider":"deepgram","model":"nova-2","multilingual":true}""");

    [Test]
    public void SpeechToTextAcceptsARawProviderString() =>
        AssertGroup(b => b.WithSpeechToText("new-stt"), "speech_to_text", """{"provider":"new-stt"}""");

    [Test]
    public void RecordingAndBackgroundGoUnderCallSettings() =>
        AssertGroup(b => b.WithRecording().WithBackgroundAudio("https://cdn.example.com/a.mp3", 0.3), "call_settings",
            """{"enable_recording":true,"background":{"url":"https://cdn.example.com/a.mp3","volume":0.3}}""");

    [Test]
    public void BackgroundAloneDoesNotSendTheGeneratedRecordingDefault() =>
        AssertGroup(b => b.WithBackgroundAudio("https://cdn.example.com/a.mp3"), "call_settings", """{"background":{"url":"https://cdn.example.com/a.mp3"}}""");

    [Test]
    public void MemoryGoesUnderMemory() =>
        AssertGroup(b => b.WithMemory("customer_id"), "memory", """{"user_identifier_key":"customer_id"}""");

    [Test]
    public void TimezoneGoesToItsField() =>
        AssertGroup(b => b.WithTimezone("Europe/Paris"), "timezone", "\"Europe/Paris\"");

    [Test]
    public void BuildReturnsACopyThatLaterBuilderCallsDoNotChange()
    {
        var builder = Minimal().Flow(f => f.UserStartsFirst());
        var first = builder.Build();
        builder.Flow(f => f.DtmfDial()).WithPrompt("changed");

        Assert.That(AgentJson.Text(first), Is.EqualTo("{\"prompt\":\"p\",\"voice\":{\"provider\":\"openai\",\"voice_id\":\"alloy\"},\"flow\":{\"user_start_first\":true}}"));
    }

    [Test]
    public void BuildCreateWrapsTheConfigWithTheName()
    {
        Assert.That(AgentJson.Text(Minimal().BuildCreate("Front desk")),
            Is.EqualTo("{\"name\":\"Front desk\",\"config\":{\"prompt\":\"p\",\"voice\":{\"provider\":\"openai\",\"voice_id\":\"alloy\"}}}"));
    }
}
