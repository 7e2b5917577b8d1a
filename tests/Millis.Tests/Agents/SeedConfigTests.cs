using Millis.Agents;
using Millis.Models;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Agents;

/// <summary>A config built fluently matches the seed-000 <c>agent_config_override</c> (realistic values, every field kept).</summary>
public class SeedConfigTests
{
    internal static AgentConfigBuilder FullBuilder() => new AgentConfigBuilder()
        .WithPrompt("You are the front desk of Acme Dental. Book, move and cancel appointments.")
        .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM").Model("eleven_turbo_v2_5").Setting("stability", 0.5).Setting("similarity_boost", 0.75))
        .Flow(f => f
            .UserStartsFirst(false)
            .AllowInterruptions(keepInterruptionMessage: true, duringFirstMessage: false)
            .ResponseDelay(250)
            .AutoFillResponses(1500, "One moment, please.", "Let me check that.")
            .AllowAgentToEndCall("End the call once the caller says goodbye.", "Thanks for calling Acme Dental. Goodbye!")
            .OnVoicemailLeaveMessage("Hi, this is Acme Dental. Please call us back at your convenience.", continueOnVoiceActivity: true)
            .TransferToNumber("+15551230000")
            .TransferTo("+15551234567", "sales")
            .TransferTo("+442071838750", "billing questions")
            .TransferInstruction("Transfer when the caller asks for a human.")
            .TransferMessages("Transferring you now.")
            .OnInactivity(10, "Are you still there?")
            .DtmfDial(true, "Press 1 to reach the office menu."))
        .WithFirstMessage("Hello! Thanks for calling Acme Dental. How can I help?")
        .AddTool(t => t
            .Named("lookup_appointment")
            .Parameter("patient_id", "string", "The patient's id", required: true)
            .Parameter("date", "string", "ISO date to search")
            .Description("Finds a patient's appointments.")
            .Webhook("https://api.acme-dental.example/appointments")
            .Header("Authorization", "Bearer secret-token")
            .Method("POST")
            .Timeout(10)
            .RunAfterCall(false)
            .Messages("Let me look that up.")
            .ResponseMode("strict")
            .ExecuteAfterMessage()
            .ExcludeSessionId(false)
            .IncludeMetadata())
        .AddMillisFunction(m => m
            .Named("collect_email")
            .Description("Collects the caller's email address with a web form.")
            .Parameter("reason", "string", "Why the email is needed")
            .DataParam("email", "string", "The caller's email address", required: true)
            .Type("webform")
            .Messages("I've sent you a form for your email.")
            .ResponseMode("strict"))
        .AddAppFunction("google_calendar", new Dictionary<string, string> { ["api_key"] = "calendar-key" })
        .WithCustomLlmWebsocket("wss://llm.acme-dental.example/ws")
        .WithLanguage(Language.EnUS)
        .WithVadThreshold(0.5)
        .WithLlm(LLMProvider.Gpt4o, temperature: 0.3, historyMessageLimit: 20, historyToolResultLimit: 5)
        .WithSessionTimeout(900, 60, "I haven't heard from you, so I'll end the call. Goodbye.")
        .WithSessionDataWebhook("https://api.acme-dental.example/millis/session-data")
        .WithPrivacy(optOutDataCollection: true, doNotCallDetection: true)
        .AddVocabulary("Acme", 2)
        .AddVocabulary("Invisalign", 3)
        .WithExtraPromptWebhook("https://api.acme-dental.example/millis/extra-prompt")
        .WithLanguageSwitching("en", "es")
        .WithKnowledgeBase(new[] { "kb-file-123", "kb-file-456" }, new[] { "Let me check our records." })
        .WithSpeechToText(SpeechToTextProvider.Deepgram, "nova-2", multilingual: false)
        .WithRecording()
        .WithBackgroundAudio("https://cdn.acme-dental.example/office-ambience.mp3", 0.2)
        .WithMemory("patient_id")
        .WithTimezone("America/New_York");

    [Test]
    public void FullConfigBuiltFluentlyEqualsTheSeedJson()
    {
        var expected = JObject.Parse(RepoFiles.TestData("agent-config-seed000.json"));

        AgentJson.AssertSameMeaning(AgentJson.Of(FullBuilder().Build()), expected);
    }

    [Test]
    public void SeedTestDataCoversEveryFieldOfTheSpecSchemas()
    {
        // Guards the test data itself: every property the spec declares for AgentConfig and its nested objects is present.
        var schemas = (JObject)RepoFiles.Spec()["components"]!["schemas"]!;
        var expected = JObject.Parse(RepoFiles.TestData("agent-config-seed000.json"));
        var missing = new List<string>();
        Walk(schemas, "AgentConfig-Input", expected, "", missing);

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void SeedJsonDeserializesToAnAgentConfigThatPassesValidation()
    {
        var config = JObject.Parse(RepoFiles.TestData("agent-config-seed000.json")).ToObject<AgentConfig>()!;

        Assert.That(AgentConfigValidator.Validate(config), Is.Empty);
    }

    private static void Walk(JObject schemas, string schemaName, JToken value, string path, List<string> missing)
    {
        var schema = (JObject)schemas[schemaName]!;
        foreach (var property in ((JObject)schema["properties"]!).Properties())
        {
            var child = (value as JObject)?[property.Name];
            var childPath = path.Length == 0 ? property.Name : path + "." + property.Name;
            if (child is null)
            {
                missing.Add(childPath);
                continue;
            }

            foreach (var reference in References(property.Value))
            {
                if (((JObject)schemas[reference]!)["properties"] is not null)
                {
                    if (child is JArray array)
                    {
                        foreach (var item in array)
                        {
                            Walk(schemas, reference, item, childPath + "[]", missing);
                        }
                    }
                    else if (child is JObject)
                    {
                        Walk(schemas, reference, child, childPath, missing);
                    }
                }
            }
        }
    }

    private static IEnumerable<string> References(JToken schema) =>
        schema.SelectTokens("$..['$ref']").Select(r => ((string)r!).Substring("#/components/schemas/".Length));
}
