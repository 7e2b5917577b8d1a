using Millis.Agents;
using Millis.Models;

namespace Millis.Tests.Agents;

/// <summary>Every validation rule rejects a bad value (naming the JSON path) and accepts a good one.</summary>
public class ValidationTests
{
    private static AgentConfigBuilder Valid() => new AgentConfigBuilder().WithPrompt("p").WithVoice(Voice.Cartesia("v"));

    private static IReadOnlyList<AgentConfigProblem> Problems(AgentConfigBuilder builder)
    {
        try
        {
            builder.Build();
            return Array.Empty<AgentConfigProblem>();
        }
        catch (AgentConfigValidationException e)
        {
            return e.Problems;
        }
    }

    private static IEnumerable<string> Paths(AgentConfigBuilder builder) => Problems(builder).Select(p => p.Path);

    [Test]
    public void ValidMinimalConfigBuilds() => Assert.That(Problems(Valid()), Is.Empty);

    [Test]
    public void MissingPromptIsRejectedInAFullConfig() =>
        Assert.That(Paths(new AgentConfigBuilder().WithVoice(Voice.Cartesia("v"))), Is.EqualTo(new[] { "prompt" }));

    [Test]
    public void BlankPromptIsRejected() => Assert.That(Paths(Valid().WithPrompt("  ")), Is.EqualTo(new[] { "prompt" }));

    [Test]
    public void MissingVoiceIsRejectedInAFullConfig() =>
        Assert.That(Paths(new AgentConfigBuilder().WithPrompt("p")), Is.EqualTo(new[] { "voice" }));

    [Test]
    public void EmptyVoiceIdIsRejected() => Assert.That(Paths(Valid().WithVoice(Voice.Rime(""))), Is.EqualTo(new[] { "voice.voice_id" }));

    [Test]
    public void PartialConfigNeedsNeitherPromptNorVoice() =>
        Assert.That(new PartialAgentConfigBuilder().WithTimezone("UTC").Build().Timezone, Is.EqualTo("UTC"));

    [TestCase(-0.1)]
    [TestCase(2.01)]
    [TestCase(double.NaN)]
    public void TemperatureOutsideZeroToTwoIsRejected(double temperature)
    {
        var problem = Problems(Valid().WithLlm(LLMProvider.Gpt4o, temperature)).Single();
        Assert.That(problem.Path, Is.EqualTo("llm.temperature"));
        Assert.That(problem.Message, Does.Contain("use a value from 0 to 2"));
    }

    [TestCase(0.0)]
    [TestCase(2.0)]
    public void TemperatureFromZeroToTwoIsAccepted(double temperature) =>
        Assert.That(Problems(Valid().WithLlm(LLMProvider.Gpt4o, temperature)), Is.Empty);

    [Test]
    public void EmptyLlmModelIsRejected() => Assert.That(Paths(Valid().WithLlm(default(LLMProvider))), Is.EqualTo(new[] { "llm.model" }));

    [TestCase(-0.01)]
    [TestCase(1.5)]
    public void VadThresholdOutsideZeroToOneIsRejected(double threshold) =>
        Assert.That(Problems(Valid().WithVadThreshold(threshold)).Single().ToString(),
            Does.StartWith("vad_threshold: ").And.Contain("use a value from 0 to 1"));

    [TestCase(0.0)]
    [TestCase(1.0)]
    public void VadThresholdFromZeroToOneIsAccepted(double threshold) => Assert.That(Problems(Valid().WithVadThreshold(threshold)), Is.Empty);

    [TestCase(0.0)]
    [TestCase(-5.0)]
    public void NonPositiveInactivityIdleTimeIsRejected(double idle) =>
        Assert.That(Paths(Valid().Flow(f => f.OnInactivity(idle, "Hello?"))), Is.EqualTo(new[] { "flow.inactivity_handling.idle_time" }));

    [Test]
    public void PositiveInactivityIdleTimeIsAccepted() => Assert.That(Problems(Valid().Flow(f => f.OnInactivity(0.5, "Hello?"))), Is.Empty);

    [Test]
    public void NonPositiveSessionTimeoutsAreRejected() =>
        Assert.That(Paths(Valid().WithSessionTimeout(maxDurationSeconds: 0, maxIdleSeconds: -1)),
            Is.EqualTo(new[] { "session_timeout.max_duration", "session_timeout.max_idle" }));

    [Test]
    public void PositiveSessionTimeoutsAreAccepted() => Assert.That(Problems(Valid().WithSessionTimeout(600, 30)), Is.Empty);

    [TestCase("ftp://files.example.com/hook")]
    [TestCase("/relative/hook")]
    [TestCase("example.com/hook")]
    [TestCase("not a url")]
    public void NonHttpToolWebhookIsRejected(string url)
    {
        var problem = Problems(Valid().AddTool(t => t.Named("t").Description("d").Webhook(url))).Single();
        Assert.That(problem.ToString(), Is.EqualTo($"tools[0].webhook: \"{url}\" is not an absolute http(s) URL (https://example.com/webhook)"));
    }

    [TestCase("https://api.example.com/hook")]
    [TestCase("http://localhost:8080/hook")]
    public void AbsoluteHttpToolWebhookIsAccepted(string url) =>
        Assert.That(Problems(Valid().AddTool(t => t.Named("t").Description("d").Webhook(url))), Is.Empty);

    [Test]
    public void NonHttpSessionDataAndExtraPromptWebhooksAreRejectedInBothForms() =>
        Assert.That(Paths(Valid().WithSessionDataWebhook("hooks.example.com")
                .WithExtraPromptWebhook("ws://hooks.example.com", new Dictionary<string, string> { ["k"] = "v" })),
            Is.EqualTo(new[] { "session_data_webhook", "extra_prompt_webhook.url" }));

    [Test]
    public void HttpsSessionDataAndExtraPromptWebhooksAreAccepted() =>
        Assert.That(Problems(Valid().WithSessionDataWebhook("https://h.example.com/s", new Dictionary<string, string>())
            .WithExtraPromptWebhook("https://h.example.com/e")), Is.Empty);

    [Test]
    public void NonHttpBackgroundAudioUrlIsRejected() =>
        Assert.That(Paths(Valid().WithBackgroundAudio("s3://bucket/a.mp3")), Is.EqualTo(new[] { "call_settings.background.url" }));

    [Test]
    public void HttpsBackgroundAudioUrlIsAccepted() => Assert.That(Problems(Valid().WithBackgroundAudio("https://cdn.example.com/a.mp3")), Is.Empty);

    [Test]
    public void NonE164TransferNumberNamesItsIndexAndTheFix() =>
        Assert.That(Problems(Valid().Flow(f => f.TransferTo("+15551234567", "sales").TransferTo("555-1234", "support"))).Single().ToString(),
            Is.EqualTo("flow.call_transfer.phones[1].phone: \"555-1234\" is not E.164 (+15551234567)"));

    [TestCase("15551234567")]
    [TestCase("+05551234567")]
    [TestCase("+1555123456789012")]
    [TestCase("+1 555 123 4567")]
    [TestCase("+1")]
    public void NonE164SingleTransferNumberIsRejected(string phone) =>
        Assert.That(Paths(Valid().Flow(f => f.TransferToNumber(phone))), Is.EqualTo(new[] { "flow.call_transfer.phone" }));

    [TestCase("+15551234567")]
    [TestCase("+442071838750")]
    [TestCase("+12")]
    public void E164TransferNumbersAreAccepted(string phone) =>
        Assert.That(Problems(Valid().Flow(f => f.TransferToNumber(phone).TransferTo(phone))), Is.Empty);

    [TestCase("get order")]
    [TestCase("")]
    [TestCase("café")]
    public void InvalidToolNameIsRejected(string name) =>
        Assert.That(Paths(Valid().AddTool(t => t.Named(name).Description("d"))), Is.EqualTo(new[] { "tools[0].name" }));

    [Test]
    public void ToolNameLongerThan64CharactersIsRejected() =>
        Assert.That(Paths(Valid().AddTool(t => t.Named(new string('a', 65)).Description("d"))), Is.EqualTo(new[] { "tools[0].name" }));

    [Test]
    public void ToolWithoutNameIsRejected() =>
        Assert.That(Paths(Valid().AddTool(t => t.Description("d"))), Is.EqualTo(new[] { "tools[0].name" }));

    [TestCase("get-order_1")]
    [TestCase("A")]
    public void ValidToolNameIsAccepted(string name) => Assert.That(Problems(Valid().AddTool(t => t.Named(name).Description("d"))), Is.Empty);

    [Test]
    public void SixtyFourCharacterToolNameIsAccepted() =>
        Assert.That(Problems(Valid().AddTool(t => t.Named(new string('a', 64)).Description("d"))), Is.Empty);

    [Test]
    public void DuplicateToolNameNamesTheFirstUse() =>
        Assert.That(Problems(Valid().AddTool(t => t.Named("lookup").Description("a")).AddTool(t => t.Named("lookup").Description("b"))).Single().ToString(),
            Is.EqualTo("tools[1].name: \"lookup\" is already used by tools[0]; give each tool and function a unique name"));

    [Test]
    public void ToolAndMillisFunctionMayNotShareAName() =>
        Assert.That(Paths(Valid().AddTool(t => t.Named("x").Description("a"))
                .AddMillisFunction(m => m.Named("x").Description("b").Type("webform").DataParam("e", "string", "email"))),
            Is.EqualTo(new[] { "millis_functions[0].name" }));

    [Test]
    public void DistinctToolNamesAreAccepted() =>
        Assert.That(Problems(Valid().AddTool(t => t.Named("a").Description("a")).AddTool(t => t.Named("b").Description("b"))), Is.Empty);

    [Test]
    public void ToolWithoutDescriptionIsRejected() =>
        Assert.That(Paths(Valid().AddTool(t => t.Named("a"))), Is.EqualTo(new[] { "tools[0].description" }));

    [Test]
    public void ParameterWithoutNameTypeOrDescriptionIsRejected() =>
        Assert.That(Paths(Valid().AddTool(t => t.Named("a").Description("d").Parameter("id", "string", "Id").Parameter("", " ", ""))),
            Is.EqualTo(new[] { "tools[0].params[1].name", "tools[0].params[1].type", "tools[0].params[1].description" }));

    [Test]
    public void ParameterDeclaredTwiceIsRejected() =>
        Assert.That(Problems(Valid().AddTool(t => t.Named("a").Description("d").Parameter("id", "string", "Id", required: true).Parameter("id", "number", "Id"))).Single().ToString(),
            Is.EqualTo("tools[0].params[1].name: \"id\" is already declared by tools[0].params[0]; declare each parameter once"));

    [Test]
    public void RequiredParameterWithNameTypeAndDescriptionIsAccepted() =>
        Assert.That(Problems(Valid().AddTool(t => t.Named("a").Description("d").Parameter("id", "string", "Id", required: true).Parameter("n", "number", "N"))), Is.Empty);

    [Test]
    public void MillisFunctionWithoutTypeOrDataParamIsRejected() =>
        Assert.That(Paths(Valid().AddMillisFunction(m => m.Named("f").Description("d"))),
            Is.EqualTo(new[] { "millis_functions[0].type", "millis_functions[0].data.param" }));

    [Test]
    public void VoicemailMessageActionWithoutMessageIsRejected() =>
        Assert.That(Problems(Valid().Flow(f => f.Voicemail(VoicemailAction.Message))).Single().ToString(),
            Does.StartWith("flow.voicemail.message: is required when action is \"message\""));

    [Test]
    public void VoicemailMessageActionGivenAsRawStringWithoutMessageIsRejected() =>
        Assert.That(Paths(Valid().Flow(f => f.Voicemail("message", "  "))), Is.EqualTo(new[] { "flow.voicemail.message" }));

    [Test]
    public void VoicemailMessageActionWithMessageIsAccepted() =>
        Assert.That(Problems(Valid().Flow(f => f.OnVoicemailLeaveMessage("Call us back"))), Is.Empty);

    [Test]
    public void VoicemailHangupWithoutMessageIsAccepted() => Assert.That(Problems(Valid().Flow(f => f.OnVoicemailHangUp())), Is.Empty);

    [Test]
    public void AutoFillResponsesNeedAPositiveGapAndAMessage() =>
        Assert.That(Paths(Valid().Flow(f => f.AutoFillResponses(0))),
            Is.EqualTo(new[] { "flow.auto_fill_responses.response_gap_threshold", "flow.auto_fill_responses.messages" }));

    [Test]
    public void PartialConfigValidatesTheFieldsItHas()
    {
        var e = Assert.Throws<AgentConfigValidationException>(() => new PartialAgentConfigBuilder().WithVadThreshold(3).Build())!;
        Assert.That(e.Problems.Select(p => p.Path), Is.EqualTo(new[] { "vad_threshold" }));
    }

    [Test]
    public void ExceptionMessageListsEveryProblemWithItsPath()
    {
        var builder = new AgentConfigBuilder()
            .WithVadThreshold(2)
            .WithLlm(LLMProvider.Gpt4o, 3)
            .Flow(f => f.TransferTo("555-1234").OnInactivity(0, "Hi?"))
            .AddTool(t => t.Named("bad name").Description("d").Webhook("ftp://x"));

        var e = Assert.Throws<AgentConfigValidationException>(() => builder.Build())!;

        var expectedPaths = new[]
        {
            "prompt", "voice", "flow.call_transfer.phones[0].phone", "flow.inactivity_handling.idle_time",
            "tools[0].name", "tools[0].webhook", "vad_threshold", "llm.temperature",
        };
        Assert.That(e.Problems.Select(p => p.Path), Is.EqualTo(expectedPaths));
        Assert.That(e.Message, Does.StartWith("The agent config is invalid (8 problems):"));
        foreach (var problem in e.Problems)
        {
            Assert.That(e.Message, Does.Contain("- " + problem.Path + ": " + problem.Message));
        }
    }

    [Test]
    public void ValidationExceptionIsAnArgumentException() =>
        Assert.That(() => new AgentConfigBuilder().Build(), Throws.InstanceOf<ArgumentException>());

    [Test]
    public void ValidatorChecksAHandBuiltAgentConfig()
    {
        var config = new AgentConfig
        {
            Prompt = "p",
            Voice = new Voice { Provider = VoiceProvider.OpenAI, VoiceId = "alloy" },
            Flow = new Flow { CallTransfer = new CallTransfer { Phone = "12345" } },
        };

        Assert.That(AgentConfigValidator.Validate(config).Select(p => p.Path), Is.EqualTo(new[] { "flow.call_transfer.phone" }));
    }

    [Test]
    public void NullArgumentsThrowImmediately()
    {
        Assert.That(() => new AgentConfigBuilder().WithPrompt(null!), Throws.ArgumentNullException);
        Assert.That(() => new AgentConfigBuilder().Flow(f => f.TransferTo(null!)), Throws.ArgumentNullException);
    }
}
