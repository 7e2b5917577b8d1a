using Microsoft.Extensions.AI;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MillisChatMessage = Millis.Models.ChatMessage;

namespace Millis.Extensions.AI.Tests;

/// <summary>Messages both ways: Microsoft.Extensions.AI user, assistant (with tool calls) and tool messages and the API's.</summary>
public class MillisChatMessageConversionTests
{
    private static JArray Wire(IEnumerable<MillisChatMessage> messages) => JArray.Parse(JsonConvert.SerializeObject(messages));

    [Test]
    public void UserAssistantWithToolCallsAndToolResultsBecomeTheApisMessages()
    {
        AIChatMessage[] messages =
        [
            new(ChatRole.User, "Weather in Paris?"),
            new(ChatRole.Assistant, [new TextContent("Checking."), new FunctionCallContent("call_1", "get_weather", new Dictionary<string, object?> { ["city"] = "Paris" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_1", "sunny"), new FunctionResultContent("call_2", new { temp = 21 })]),
        ];

        var wire = Wire(messages.ToMillisMessages());

        Assert.That(JToken.DeepEquals(wire, JArray.Parse("""
            [
              { "role": "user", "content": "Weather in Paris?" },
              { "role": "assistant", "content": "Checking.", "tool_calls": [ { "id": "call_1", "type": "function", "function": { "name": "get_weather", "arguments": "{\"city\":\"Paris\"}" } } ] },
              { "role": "tool", "content": "sunny", "tool_call_id": "call_1" },
              { "role": "tool", "content": "{\"temp\":21}", "tool_call_id": "call_2" }
            ]
            """)), Is.True, wire.ToString());
    }

    [Test]
    public void AToolCallThatCameFromTheStreamKeepsItsExactArguments()
    {
        var raw = new ToolCall { Id = "call_1", Type = "function", Function = new ToolCallFunction { Name = "f", Arguments = "{ \"a\" : 1.50 }" } };
        var call = new FunctionCallContent("call_1", "f", new Dictionary<string, object?> { ["a"] = 1.5 }) { RawRepresentation = raw };

        var converted = new[] { new AIChatMessage(ChatRole.Assistant, [call]) }.ToMillisMessages();

        Assert.That(converted.Single().Assistant!.ToolCalls!.Single().Function.Arguments, Is.EqualTo("{ \"a\" : 1.50 }"));
        Assert.That(converted.Single().Content, Is.EqualTo(string.Empty));
    }

    [Test]
    public void UsageAndReasoningContentsAreLeftOut()
    {
        var converted = new[] { new AIChatMessage(ChatRole.Assistant, [new TextContent("Hi"), new UsageContent(new UsageDetails()), new TextReasoningContent("thinking")]) }.ToMillisMessages();

        Assert.That(converted.Single().Content, Is.EqualTo("Hi"));
    }

    [Test]
    public void ASystemMessageIsRefusedPointingToInstructions()
    {
        var ex = Assert.Throws<NotSupportedException>(() => new[] { new AIChatMessage(ChatRole.System, "Be nice") }.ToMillisMessages());

        Assert.That(ex!.Message, Does.Contain("messages[0]").And.Contain("system").And.Contain("ChatOptions.Instructions"));
    }

    [Test]
    public void AnImageIsRefusedNamingTheMessageAndTheContentType()
    {
        AIChatMessage[] messages = [new(ChatRole.User, "Hi"), new(ChatRole.User, [new DataContent(new byte[] { 1 }, "image/png")])];

        var ex = Assert.Throws<NotSupportedException>(() => messages.ToMillisMessages());

        Assert.That(ex!.Message, Does.Contain("messages[1]").And.Contain("DataContent"));
    }

    [Test]
    public void AFunctionCallOutsideAnAssistantMessageIsRefused()
    {
        var ex = Assert.Throws<NotSupportedException>(() => new[] { new AIChatMessage(ChatRole.User, [new FunctionCallContent("c", "f")]) }.ToMillisMessages());

        Assert.That(ex!.Message, Does.Contain("only assistant messages"));
    }

    [Test]
    public void TheApisMessagesBecomeMicrosoftExtensionsAIMessages()
    {
        MillisChatMessage[] messages =
        [
            MillisChatMessage.CreateUser("Weather?"),
            MillisChatMessage.CreateAssistant("", [new ToolCall { Id = "call_1", Type = "function", Function = new ToolCallFunction { Name = "get_weather", Arguments = "{\"city\":\"Paris\"}" } }]),
            MillisChatMessage.CreateTool("call_1", "sunny"),
            MillisChatMessage.CreateAssistant("It is sunny."),
        ];

        var converted = messages.ToAIChatMessages();

        Assert.That(converted.Select(m => m.Role), Is.EqualTo(new[] { ChatRole.User, ChatRole.Assistant, ChatRole.Tool, ChatRole.Assistant }));
        Assert.That(converted[0].Text, Is.EqualTo("Weather?"));
        var call = (FunctionCallContent)converted[1].Contents.Single();
        Assert.That((call.CallId, call.Name, call.Arguments!["city"]!.ToString()), Is.EqualTo(("call_1", "get_weather", "Paris")));
        var result = (FunctionResultContent)converted[2].Contents.Single();
        Assert.That((result.CallId, result.Result), Is.EqualTo(("call_1", (object?)"sunny")));
        Assert.That(converted[3].RawRepresentation, Is.SameAs(messages[3]));
    }

    [Test]
    public void ConvertingThereAndBackKeepsTheWireForm()
    {
        MillisChatMessage[] messages =
        [
            MillisChatMessage.CreateUser("Weather?"),
            MillisChatMessage.CreateAssistant("Checking", [new ToolCall { Id = "call_1", Type = "function", Function = new ToolCallFunction { Name = "get_weather", Arguments = "{\"city\": \"Paris\"}" } }]),
            MillisChatMessage.CreateTool("call_1", "sunny"),
        ];

        var back = messages.ToAIChatMessages().ToMillisMessages();

        Assert.That(JToken.DeepEquals(Wire(back), Wire(messages)), Is.True);
    }
}
