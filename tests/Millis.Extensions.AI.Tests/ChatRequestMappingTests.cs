using System.ComponentModel;
using DescriptionAttribute = System.ComponentModel.DescriptionAttribute;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Millis.Chat;
using Millis.Models;
using Newtonsoft.Json.Linq;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Millis.Extensions.AI.Tests;

/// <summary>How one IChatClient call becomes a Millis chat request; what cannot be expressed is refused, never dropped.</summary>
public class ChatRequestMappingTests
{
    private static readonly IChatClient Owner = new MillisClient(new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1:9/") }).AsChatClient("agent-1");

    private static ChatRequest Map(ChatOptions? options, params AIChatMessage[] messages) =>
        ChatRequestMapping.Create(messages.Length == 0 ? [new AIChatMessage(ChatRole.User, "Hi")] : messages, options, "agent-1", null, Owner);

    private static AIFunction Weather() =>
        AIFunctionFactory.Create(([Description("The city")] string city, [Description("Days ahead")] int days = 0) => "sunny", "get_weather", "Gets the weather");

    [Test]
    public void WithoutOptionsOnlyTheAgentIdAndTheMessagesAreSent()
    {
        var request = Map(null);

        Assert.That(request.AgentId, Is.EqualTo("agent-1"));
        Assert.That(request.AgentConfig, Is.Null);
        Assert.That(request.Metadata, Is.Null);
        Assert.That(request.Messages.Select(m => (m.Role, m.Content)), Is.EqualTo(new[] { ((string?)"user", (string?)"Hi") }));
        Assert.That(request.IncludeUsageEvents, Is.True);
    }

    [Test]
    public void InstructionsAndSystemMessagesBecomeThePromptOverrideOfASavedAgent()
    {
        var request = Map(
            new ChatOptions { Instructions = "Answer in French." },
            new AIChatMessage(ChatRole.System, "You are the front desk."),
            new AIChatMessage(ChatRole.User, "Hi"));

        Assert.That(request.AgentConfig!.Prompt, Is.EqualTo("You are the front desk.\n\nAnswer in French."));
        Assert.That(request.Messages.Select(m => m.Role), Is.EqualTo(new[] { "user" }));
    }

    [Test]
    public void InstructionsAreAppendedToAnInlineConfigsPromptWithoutChangingTheCallersConfig()
    {
        var config = new PartialAgentConfig { Prompt = "You are the front desk." };

        var request = ChatRequestMapping.Create([new AIChatMessage(ChatRole.User, "Hi")], new ChatOptions { Instructions = "Be brief." }, null, config, Owner);

        Assert.That(request.AgentId, Is.Null);
        Assert.That(request.AgentConfig!.Prompt, Is.EqualTo("You are the front desk.\n\nBe brief."));
        Assert.That(request.AgentConfig, Is.Not.SameAs(config));
        Assert.That(config.Prompt, Is.EqualTo("You are the front desk."));
    }

    [Test]
    public void ToolsBecomeTheAgentsToolsWithTheirSchemaAsParamsAndNoWebhook()
    {
        var request = Map(new ChatOptions { Tools = [Weather()] });

        var tool = request.AgentConfig!.Tools!.Single();
        Assert.That((tool.Name, tool.Description, tool.Webhook), Is.EqualTo(("get_weather", "Gets the weather", (string?)null)));
        Assert.That(tool.Params!.Select(p => (p.Name, p.Type, p.Description, p.Required)), Is.EqualTo(new[]
        {
            ("city", "string", "The city", true),
            ("days", "number", "Days ahead", false),
        }));
    }

    [Test]
    public void ToolModeNoneSendsNoTools()
    {
        var request = Map(new ChatOptions { Tools = [Weather()], ToolMode = ChatToolMode.None });

        Assert.That(request.AgentConfig, Is.Null);
    }

    [Test]
    public void ToolModeAutoSendsTheTools()
    {
        var request = Map(new ChatOptions { Tools = [Weather()], ToolMode = ChatToolMode.Auto });

        Assert.That(request.AgentConfig!.Tools, Has.Count.EqualTo(1));
    }

    [Test]
    public void AToolThatIsNotAFunctionIsRefusedNamingIt()
    {
        var ex = Assert.Throws<NotSupportedException>(() => Map(new ChatOptions { Tools = [new HostedWebSearchTool()] }));

        Assert.That(ex!.Message, Does.Contain("ChatOptions.Tools").And.Contain("HostedWebSearchTool"));
    }

    [Test]
    public void AToolWithANestedParameterIsRefusedNamingTheParameter()
    {
        var nested = AIFunctionFactory.Create((Address address) => "ok", "ship");

        var ex = Assert.Throws<NotSupportedException>(() => Map(new ChatOptions { Tools = [nested] }));

        Assert.That(ex!.Message, Does.Contain("'ship'").And.Contain("'address'").And.Contain("object"));
    }

    public sealed class Address
    {
        public string Street { get; set; } = "";
    }

    [Test]
    public void ModelIdAndTemperatureBecomeTheAgentsLlm()
    {
        var request = Map(new ChatOptions { ModelId = "gpt-4o", Temperature = 0.25f });

        Assert.That(request.AgentConfig!.Llm!.Model.ToString(), Is.EqualTo("gpt-4o"));
        Assert.That(request.AgentConfig.Llm.Temperature, Is.EqualTo(0.25).Within(1e-6));
    }

    [Test]
    public void ModelIdAloneSendsNoTemperature()
    {
        var request = Map(new ChatOptions { ModelId = "gpt-4o" });

        Assert.That(request.AgentConfig!.Llm!.Temperature, Is.Null);
    }

    [Test]
    public void TemperatureWithoutAModelIsRefused()
    {
        var ex = Assert.Throws<NotSupportedException>(() => Map(new ChatOptions { Temperature = 0.5f }));

        Assert.That(ex!.Message, Does.Contain("ChatOptions.Temperature").And.Contain("ChatOptions.ModelId"));
    }

    [Test]
    public void AdditionalPropertiesBecomeTheSessionMetadata()
    {
        var options = new ChatOptions { AdditionalProperties = new() { ["customer"] = "C-42", ["vip"] = true, ["order"] = JsonDocument.Parse("{\"id\":7}").RootElement } };

        var request = Map(options);

        Assert.That(request.Metadata!["customer"], Is.EqualTo("C-42"));
        Assert.That(request.Metadata["vip"], Is.EqualTo(true));
        Assert.That(JToken.DeepEquals((JToken)request.Metadata["order"], JObject.Parse("{\"id\":7}")), Is.True);
    }

    [Test]
    public void ARawRepresentationFactoryChatRequestIsTheStartingPoint()
    {
        var options = new ChatOptions { RawRepresentationFactory = _ => new ChatRequest().WithEndOfSession().WithMetadataInPrompt() };

        var request = Map(options);

        Assert.That((request.AgentId, request.EndOfSession, request.IncludeMetadataInPrompt), Is.EqualTo(("agent-1", (bool?)true, (bool?)true)));
    }

    [Test]
    public void ARawRepresentationFactoryOfAnotherTypeIsRefused()
    {
        var ex = Assert.Throws<NotSupportedException>(() => Map(new ChatOptions { RawRepresentationFactory = _ => "not a request" }));

        Assert.That(ex!.Message, Does.Contain("RawRepresentationFactory").And.Contain("Millis.Chat.ChatRequest"));
    }

    public static IEnumerable<TestCaseData> Unsupported()
    {
        yield return Case(o => o.MaxOutputTokens = 10, "MaxOutputTokens");
        yield return Case(o => o.TopP = 0.9f, "TopP");
        yield return Case(o => o.TopK = 3, "TopK");
        yield return Case(o => o.FrequencyPenalty = 1, "FrequencyPenalty");
        yield return Case(o => o.PresencePenalty = 1, "PresencePenalty");
        yield return Case(o => o.Seed = 1, "Seed");
        yield return Case(o => o.StopSequences = ["END"], "StopSequences");
        yield return Case(o => o.ResponseFormat = ChatResponseFormat.Json, "ResponseFormat");
        yield return Case(o => o.ConversationId = "c1", "ConversationId");
        yield return Case(o => o.AllowMultipleToolCalls = false, "AllowMultipleToolCalls");
        yield return Case(o => o.ToolMode = ChatToolMode.RequireAny, "ToolMode");
        yield return Case(o => o.ToolMode = ChatToolMode.RequireSpecific("get_weather"), "ToolMode");
        yield return Case(o => o.AllowBackgroundResponses = true, "AllowBackgroundResponses");
        yield return Case(o => o.Reasoning = new ReasoningOptions(), "Reasoning");

        static TestCaseData Case(Action<ChatOptions> set, string name) => new TestCaseData(set, name).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Unsupported))]
    public void AnOptionTheApiCannotExpressIsRefusedNamingIt(Action<ChatOptions> set, string name)
    {
        var options = new ChatOptions();
        set(options);

        var ex = Assert.Throws<NotSupportedException>(() => Map(options));

        Assert.That(ex!.Message, Does.Contain("ChatOptions." + name));
    }

    [Test]
    public void TextResponseFormatAndAllowingMultipleToolCallsAreFine()
    {
        Assert.DoesNotThrow(() => Map(new ChatOptions { ResponseFormat = ChatResponseFormat.Text, AllowMultipleToolCalls = true }));
    }
}
