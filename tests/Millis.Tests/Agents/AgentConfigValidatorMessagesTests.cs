using Millis.Agents;
using Millis.Models;

namespace Millis.Tests.Agents;

/// <summary>
/// Each rule of <see cref="AgentConfigValidator"/> on a hand-built config: the exact path and message a user reads, and
/// that a value just inside each range passes.
/// </summary>
public class AgentConfigValidatorMessagesTests
{
    private static PartialAgentConfig With(Action<PartialAgentConfig> set)
    {
        var config = new PartialAgentConfig();
        set(config);
        return config;
    }

    private static Param GoodParam(string name = "order_id") => new() { Name = name, Type = "string", Description = "the order" };

    private static MillisFunction GoodFunction(string name = "form") => new()
    {
        Name = name,
        Description = "collects a form",
        Type = "webform",
        Data = new MillisFunctionData { Param = new MillisFunctionParam { Name = "email", Type = "string", Description = "the email" } },
    };

    private static IEnumerable<TestCaseData> Invalid()
    {
        static TestCaseData Case(string name, PartialAgentConfig config, params string[] problems) => new TestCaseData(config, problems).SetName("Reports_" + name);

        yield return Case("BlankPrompt", With(c => c.Prompt = " "), "prompt: is empty; give the agent's instructions");
        yield return Case("EmptyVoiceProvider", With(c => c.Voice = new Voice { Provider = new VoiceProvider(""), VoiceId = "v" }), "voice.provider: is empty; choose a provider, e.g. VoiceProvider.ElevenLabs");
        yield return Case("MissingVoiceId", With(c => c.Voice = new Voice { Provider = VoiceProvider.ElevenLabs, VoiceId = null! }), "voice.voice_id: is missing; give the provider's voice id");

        yield return Case("NullTool", With(c => c.Tools = [null!]), "tools[0]: is null; remove it or describe the tool");
        yield return Case("ToolWithoutDescription", With(c => c.Tools = [new AgentTool { Name = "lookup", Description = null! }]), "tools[0].description: is missing; say what the tool does and when to call it");
        yield return Case("ToolWithAnInvalidName", With(c => c.Tools = [new AgentTool { Name = "look up", Description = "d" }]), "tools[0].name: \"look up\" is not a valid function name; use 1 to 64 letters, digits, '_' or '-', e.g. \"lookup_order\"");
        yield return Case("ToolWithoutAName", With(c => c.Tools = [new AgentTool { Name = null!, Description = "d" }]), "tools[0].name: null is not a valid function name; use 1 to 64 letters, digits, '_' or '-', e.g. \"lookup_order\"");
        yield return Case("ToolWithANonPositiveTimeout", With(c => c.Tools = [new AgentTool { Name = "t", Description = "d", Timeout = 0 }]), "tools[0].timeout: 0 is not positive; use a value greater than 0");
        yield return Case("ToolWithABadWebhook", With(c => c.Tools = [new AgentTool { Name = "t", Description = "d", Webhook = "ftp://x" }]), "tools[0].webhook: \"ftp://x\" is not an absolute http(s) URL (https://example.com/webhook)");
        yield return Case("NameUsedByAToolAndAFunction", With(c => { c.Tools = [new AgentTool { Name = "dup", Description = "d" }]; c.MillisFunctions = [GoodFunction("dup")]; }), "millis_functions[0].name: \"dup\" is already used by tools[0]; give each tool and function a unique name");

        yield return Case("NullParam", With(c => c.Tools = [new AgentTool { Name = "t", Description = "d", Params = [null!, GoodParam()] }]), "tools[0].params[0]: is null; remove it or declare the parameter");
        yield return Case("ParamWithoutAName", With(c => c.Tools = [new AgentTool { Name = "t", Description = "d", Params = [GoodParam(" ")] }]), "tools[0].params[0].name: is empty; name the parameter, e.g. \"order_id\"");
        yield return Case("ParamDeclaredTwice", With(c => c.Tools = [new AgentTool { Name = "t", Description = "d", Params = [GoodParam("id"), GoodParam("x"), GoodParam("id")] }]), "tools[0].params[2].name: \"id\" is already declared by tools[0].params[0]; declare each parameter once");
        yield return Case("ParamWithoutTypeOrDescription", With(c => c.Tools = [new AgentTool { Name = "t", Description = "d", Params = [new Param { Name = "id", Type = null!, Description = "" }] }]),
            "tools[0].params[0].type: is missing; give the parameter's JSON type, e.g. \"string\" or \"number\"",
            "tools[0].params[0].description: is empty; tell the model what the parameter holds");

        yield return Case("NullFunction", With(c => c.MillisFunctions = [null!, GoodFunction()]), "millis_functions[0]: is null; remove it or describe the function");
        yield return Case("FunctionWithoutDescriptionOrType", With(c => { var f = GoodFunction(); f.Description = null!; f.Type = ""; c.MillisFunctions = [f]; }),
            "millis_functions[0].description: is missing; say what the function does",
            "millis_functions[0].type: is empty; give the function type, e.g. \"webform\"");
        yield return Case("FunctionWithoutADataParam", With(c => { var f = GoodFunction(); f.Data = null!; c.MillisFunctions = [f]; }), "millis_functions[0].data.param: is missing; describe the function's parameter (DataParam(name, type, description))");
        yield return Case("FunctionWithAnEmptyDataParam", With(c => { var f = GoodFunction(); f.Data = new MillisFunctionData { Param = new MillisFunctionParam { Name = null!, Type = null!, Description = null! } }; c.MillisFunctions = [f]; }),
            "millis_functions[0].data.param.name: is missing; name the parameter",
            "millis_functions[0].data.param.type: is missing; give the parameter's type, e.g. \"string\"",
            "millis_functions[0].data.param.description: is missing; describe the parameter");
        yield return Case("FunctionWithANullParam", With(c => { var f = GoodFunction(); f.Params = [null!]; c.MillisFunctions = [f]; }), "millis_functions[0].params[0]: is null; remove it or declare the parameter");

        yield return Case("NullAppFunction", With(c => c.AppFunctions = [null!, new AppFunction { Name = "crm" }]), "app_functions[0]: is null; remove it or name the app function");
        yield return Case("AppFunctionWithoutAName", With(c => c.AppFunctions = [new AppFunction { Name = "crm" }, new AppFunction { Name = "" }]), "app_functions[1].name: is empty; give the app function's name");

        yield return Case("VadThresholdAboveOne", With(c => c.VadThreshold = 1.5), "vad_threshold: 1.5 is out of range; use a value from 0 to 1");
        yield return Case("EmptyLlmModel", With(c => c.Llm = new LLM { Model = new LLMProvider("") }), "llm.model: is empty; choose a model, e.g. LLMProvider.Gpt4o");
        yield return Case("TemperatureAboveTwo", With(c => c.Llm = new LLM { Model = LLMProvider.Gpt4o, Temperature = 3 }), "llm.temperature: 3 is out of range; use a value from 0 to 2");
        yield return Case("NegativeHistoryLimits", With(c => c.Llm = new LLM { Model = LLMProvider.Gpt4o, HistorySettings = new HistorySettings { HistoryMessageLimit = -1, HistoryToolResultLimit = -2 } }),
            "llm.history_settings.history_message_limit: -1 is negative; use 0 or more",
            "llm.history_settings.history_tool_result_limit: -2 is negative; use 0 or more");
        yield return Case("NonPositiveSessionTimeouts", With(c => c.SessionTimeout = new SessionTimeout { MaxDuration = 0, MaxIdle = -5 }),
            "session_timeout.max_duration: 0 is not positive; use a number of seconds greater than 0",
            "session_timeout.max_idle: -5 is not positive; use a number of seconds greater than 0");
        yield return Case("SessionDataWebhookThatIsNotAUrl", With(c => c.SessionDataWebhook = new Webhook("not a url")), "session_data_webhook: \"not a url\" is not an absolute http(s) URL (https://example.com/webhook)");
        yield return Case("ExtraPromptWebhookConfigWithABadUrl", With(c => c.ExtraPromptWebhook = new Webhook(new WebhookConfig { Url = "mailto:x@example.com" })), "extra_prompt_webhook.url: \"mailto:x@example.com\" is not an absolute http(s) URL (https://example.com/webhook)");
        yield return Case("VocabularyWithoutKeywords", With(c => c.CustomVocabulary = new CustomVocabulary { Keywords = null! }), "custom_vocabulary.keywords: is missing; give keywords with weights, e.g. AddVocabulary(\"Millis\", 2)");
        yield return Case("SwitchLanguageWithNoLanguages", With(c => c.SwitchLanguage = new SwitchLanguage { Languages = [] }), "switch_language.languages: is empty; list the languages the agent may switch to, e.g. \"en\", \"es\"");
        yield return Case("SwitchLanguageWithNullLanguages", With(c => c.SwitchLanguage = new SwitchLanguage { Languages = null! }), "switch_language.languages: is empty; list the languages the agent may switch to, e.g. \"en\", \"es\"");
        yield return Case("SwitchLanguageWithABlankLanguage", With(c => c.SwitchLanguage = new SwitchLanguage { Languages = ["en", " "] }), "switch_language.languages[1]: is empty; give a language code, e.g. \"es\"");
        yield return Case("BackgroundWithABadUrlAndANegativeVolume", With(c => c.CallSettings = new CallSettings { Background = new BackgroundSetting { Url = "x", Volume = -0.5 } }),
            "call_settings.background.url: \"x\" is not an absolute http(s) URL (https://example.com/webhook)",
            "call_settings.background.volume: -0.5 is negative; use a volume of 0 or more");
        yield return Case("BackgroundVolumeNaN", With(c => c.CallSettings = new CallSettings { Background = new BackgroundSetting { Url = "https://cdn.test/a.mp3", Volume = double.NaN } }), "call_settings.background.volume: NaN is negative; use a volume of 0 or more");

        yield return Case("NegativeResponseDelay", With(c => c.Flow = new Flow { ResponseDelay = new ResponseDelay(-1) }), "flow.response_delay: -1 is negative; use 0 or more");
        yield return Case("NegativePerInputDelays", With(c => c.Flow = new Flow { ResponseDelay = ResponseDelay.PerInput(-2, -3) }),
            "flow.response_delay.generic_delay: -2 is negative; use 0 or more",
            "flow.response_delay.number_input_delay: -3 is negative; use 0 or more");
        yield return Case("AutoFillWithAZeroGapAndNoMessages", With(c => c.Flow = new Flow { AutoFillResponses = new AutoFillResponses { ResponseGapThreshold = 0, Messages = [] } }),
            "flow.auto_fill_responses.response_gap_threshold: 0 is not positive; use a number of milliseconds greater than 0",
            "flow.auto_fill_responses.messages: is empty; give at least one message to fill response gaps, e.g. \"One moment...\"");
        yield return Case("VoicemailWithoutAnAction", With(c => c.Flow = new Flow { Voicemail = new Voicemail { Action = new VoicemailAction("") } }), "flow.voicemail.action: is empty; use VoicemailAction.Hangup or VoicemailAction.Message");
        yield return Case("VoicemailMessageActionWithoutAMessage", With(c => c.Flow = new Flow { Voicemail = new Voicemail { Action = VoicemailAction.Message, Message = " " } }), "flow.voicemail.message: is required when action is \"message\"; give the message to leave, or use action \"hangup\"");
        yield return Case("TransferToANumberThatIsNotE164", With(c => c.Flow = new Flow { CallTransfer = new CallTransfer { Phone = "555-1234" } }), "flow.call_transfer.phone: \"555-1234\" is not E.164 (+15551234567)");
        yield return Case("TransferOptionsWithANullAndABadNumber", With(c => c.Flow = new Flow { CallTransfer = new CallTransfer { Phones = [null!, new TransferOption { Phone = "x" }, new TransferOption { Phone = "+15551234567" }] } }),
            "flow.call_transfer.phones[0]: is null; remove it or give a phone number",
            "flow.call_transfer.phones[1].phone: \"x\" is not E.164 (+15551234567)");
        yield return Case("InactivityWithAZeroIdleTimeAndNoMessage", With(c => c.Flow = new Flow { InactivityHandling = new InactivityHandling { IdleTime = 0, Message = "" } }),
            "flow.inactivity_handling.idle_time: 0 is not positive; use a number of seconds greater than 0",
            "flow.inactivity_handling.message: is empty; give what the agent says when the user is silent");
    }

    [TestCaseSource(nameof(Invalid))]
    public void EachRule_ReportsItsPathAndMessage(PartialAgentConfig config, string[] problems) =>
        Assert.That(AgentConfigValidator.Validate(config).Select(p => p.ToString()), Is.EqualTo(problems));

    [Test]
    public void AFullConfigWithoutPromptOrVoice_ReportsBothAsRequired()
    {
        var problems = AgentConfigValidator.Validate(new AgentConfig { Prompt = null!, Voice = null! }).Select(p => p.ToString());

        Assert.That(problems, Is.EqualTo(new[]
        {
            "prompt: is required; set the agent's instructions, e.g. WithPrompt(\"You are a helpful receptionist.\")",
            "voice: is required; set a voice, e.g. WithVoice(Voice.ElevenLabs(\"voice-id\"))",
        }));
    }

    [Test]
    public void AnEmptyPartialConfig_HasNoProblems() =>
        Assert.That(AgentConfigValidator.Validate(new PartialAgentConfig()), Is.Empty);

    [Test]
    public void ValuesJustInsideEachRange_HaveNoProblems()
    {
        var config = With(c =>
        {
            c.VadThreshold = 1;
            c.Llm = new LLM { Model = LLMProvider.Gpt4o, Temperature = 0, HistorySettings = new HistorySettings { HistoryMessageLimit = 0, HistoryToolResultLimit = 0 } };
            c.SessionTimeout = new SessionTimeout { MaxDuration = 0.5, MaxIdle = 1 };
            c.CallSettings = new CallSettings { Background = new BackgroundSetting { Url = "http://cdn.test/a.mp3", Volume = 0 } };
            c.Flow = new Flow { ResponseDelay = new ResponseDelay(0), AutoFillResponses = new AutoFillResponses { ResponseGapThreshold = 1, Messages = ["One moment"] } };
            c.Tools = [new AgentTool { Name = "lookup_order-2", Description = "d", Timeout = 1, Params = [GoodParam("a"), GoodParam("b")] }];
            c.MillisFunctions = [GoodFunction("form")];
        });

        Assert.That(AgentConfigValidator.Validate(config).Select(p => p.ToString()), Is.Empty);
    }

    [Test]
    public void ANullConfig_IsAnArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => AgentConfigValidator.Validate((AgentConfig)null!));
        Assert.Throws<ArgumentNullException>(() => AgentConfigValidator.Validate((PartialAgentConfig)null!));
    }
}
