using FsCheck;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.Chat;

/// <summary>ChatMessage: discriminated by role (user, assistant, tool).</summary>
public class ChatMessageTests
{
    private const string AssistantWithToolCall =
        """{"role":"assistant","content":"Checking.","tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_hours","arguments":"{\"day\":\"mon\"}"}}]}""";

    [Test]
    public void ReadsUserRoleIntoUserBranch()
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>("""{"role":"user","content":"Hi"}""")!;

        Assert.That(message.User, Is.Not.Null);
        Assert.That(message.Assistant, Is.Null);
        Assert.That(message.Tool, Is.Null);
        Assert.That(message.Role, Is.EqualTo("user"));
        Assert.That(message.Content, Is.EqualTo("Hi"));
    }

    [Test]
    public void ReadsAssistantRoleIntoAssistantBranchWithToolCalls()
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>(AssistantWithToolCall)!;

        Assert.That(message.Assistant, Is.Not.Null);
        Assert.That(message.User, Is.Null);
        Assert.That(message.Assistant!.ToolCalls![0].Function.Name, Is.EqualTo("get_hours"));
        Assert.That(message.Assistant.ToolCalls[0].Function.Arguments, Is.EqualTo("{\"day\":\"mon\"}"));
    }

    [Test]
    public void ReadsToolRoleIntoToolBranch()
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>("""{"role":"tool","content":"9-5","tool_call_id":"call_1"}""")!;

        Assert.That(message.Tool, Is.Not.Null);
        Assert.That(message.Tool!.ToolCallId, Is.EqualTo("call_1"));
        Assert.That(message.Content, Is.EqualTo("9-5"));
    }

    [Test]
    public void RoleDecidesTheBranchEvenWhenTheShapeFitsAnother()
    {
        // A tool_call_id does not make a user message a tool message: role is the discriminator.
        var message = JsonConvert.DeserializeObject<ChatMessage>("""{"role":"user","content":"Hi","tool_call_id":"call_1"}""")!;

        Assert.That(message.User, Is.Not.Null);
        Assert.That(message.Tool, Is.Null);
    }

    [TestCase("""{"role":"user","content":"Hi"}""")]
    [TestCase("""{"role":"tool","content":"9-5","tool_call_id":"call_1"}""")]
    [TestCase(AssistantWithToolCall)]
    public void WritesEachRoleBackAsRead(string json)
    {
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ChatMessage>(json)));
    }

    [Test]
    public void KeepsUnknownExtraPropertiesOfAMessage()
    {
        const string json = """{"role":"user","content":"Hi","name":"alice","attachments":[{"kind":"image","url":"https://x.example/a.png"}]}""";

        var message = JsonConvert.DeserializeObject<ChatMessage>(json)!;

        Assert.That(message.User, Is.Not.Null);
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(message));
    }

    [Test]
    public void CreateHelpersWriteTheRole()
    {
        var json = JsonConvert.SerializeObject(new[]
        {
            ChatMessage.CreateUser("Hi"),
            ChatMessage.CreateAssistant("Hello"),
            ChatMessage.CreateTool("call_1", "9-5"),
        });

        JsonAssert.SemanticallyEqual(
            """[{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"},{"role":"tool","content":"9-5","tool_call_id":"call_1"}]""",
            json);
    }

    [Test]
    public void ConvertsImplicitlyFromEachMessageType()
    {
        ChatMessage user = new UserMessage { Content = "a" };
        ChatMessage assistant = new AssistantMessage { Content = "b" };
        ChatMessage tool = new ToolMessage { Content = "c", ToolCallId = "t" };

        Assert.That(new[] { user.Role, assistant.Role, tool.Role }, Is.EqualTo(new[] { "user", "assistant", "tool" }));
    }

    [Test]
    public void MatchCallsTheHandlerOfTheRole()
    {
        var messages = new[] { ChatMessage.CreateUser("a"), ChatMessage.CreateAssistant("b"), ChatMessage.CreateTool("t", "c") };

        var roles = messages.Select(m => m.Match(u => "U" + u.Content, a => "A" + a.Content, t => "T" + t.Content + t.ToolCallId));

        Assert.That(roles, Is.EqualTo(new[] { "Ua", "Ab", "Tct" }));
    }

    [Test]
    public void SwitchRunsTheActionOfTheRole()
    {
        var ran = "";

        ChatMessage.CreateTool("t", "c").Switch(_ => ran = "user", _ => ran = "assistant", _ => ran = "tool", _ => ran = "unknown");

        Assert.That(ran, Is.EqualTo("tool"));
    }

    [Test]
    public void KeepsUnknownRoleAsUnknown()
    {
        const string json = """{"role":"system","content":"You are terse."}""";

        var message = JsonConvert.DeserializeObject<ChatMessage>(json)!;

        Assert.That(message.IsUnknown, Is.True);
        Assert.That(message.User ?? message.Assistant ?? (object?)message.Tool, Is.Null);
        Assert.That(message.Role, Is.Null);
        Assert.That(message.UnknownJson, Is.EqualTo(json));
    }

    [TestCase("""{"role":"system","content":"You are terse."}""")]
    [TestCase("""{"content":"no role"}""")]
    [TestCase("""{"role":"user"}""")]
    [TestCase("""{"role":3,"content":"x"}""")]
    [TestCase("\"hello\"")]
    [TestCase("[]")]
    public void WritesUnknownShapeBackUnchanged(string json)
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>(json)!;

        Assert.That(message.IsUnknown, Is.True);
        Assert.That(JsonConvert.SerializeObject(message), Is.EqualTo(json));
    }

    [Test]
    public void UnknownMessageInAHistoryKeepsItsPlace()
    {
        const string json = """{"agent":{},"messages":[{"role":"system","content":"s"},{"role":"user","content":"u"}],"end_of_session":false}""";

        var data = JsonConvert.DeserializeObject<ChatCompletionData>(json)!;

        Assert.That(data.Messages.Select(m => m.IsUnknown), Is.EqualTo(new[] { true, false }));
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(data));
    }

    [Test]
    public void UnknownReasonNamesTheJsonPathAndTheAcceptedRoles()
    {
        var data = JsonConvert.DeserializeObject<ChatCompletionData>("""{"agent":{},"messages":[{"role":"user","content":"u"},{"role":"system","content":"s"}]}""")!;

        var reason = data.Messages[1].UnknownReason;

        Assert.That(reason, Does.Contain("messages[1]"));
        Assert.That(reason, Does.Contain("\"user\"").And.Contain("\"assistant\"").And.Contain("\"tool\""));
        Assert.That(reason, Does.Contain("system"));
    }

    [Test]
    public void MatchWithoutUnknownHandlerThrowsWithTheReason()
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>("""{"role":"system","content":"s"}""")!;

        var ex = Assert.Throws<InvalidOperationException>(() => message.Match(u => 1, a => 2, t => 3));

        Assert.That(ex!.Message, Does.Contain(message.UnknownReason));
    }

    [Test]
    public void MatchWithUnknownHandlerPassesTheRawJson()
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>("""{"role":"system","content":"s"}""")!;

        Assert.That(message.Match(u => "", a => "", t => "", raw => raw), Is.EqualTo("""{"role":"system","content":"s"}"""));
    }

    [Test]
    public void NullUserMessageThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new ChatMessage((UserMessage)null!));
    }

    [Test]
    public void NullAssistantMessageThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new ChatMessage((AssistantMessage)null!));
    }

    [Test]
    public void NullToolMessageThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new ChatMessage((ToolMessage)null!));
    }

    [Test]
    public void NullContentOfCreateHelpersThrows()
    {
        Assert.Throws<ArgumentNullException>(() => ChatMessage.CreateUser(null!));
        Assert.Throws<ArgumentNullException>(() => ChatMessage.CreateAssistant(null!));
        Assert.Throws<ArgumentNullException>(() => ChatMessage.CreateTool(null!, "c"));
        Assert.Throws<ArgumentNullException>(() => ChatMessage.CreateTool("t", null!));
    }

    [FsCheck.NUnit.Property]
    public void EveryUserMessageRoundTrips(NonNull<string> content)
    {
        var json = JsonConvert.SerializeObject(ChatMessage.CreateUser(content.Get));
        var back = JsonConvert.DeserializeObject<ChatMessage>(json)!;

        Assert.That(back.User!.Content, Is.EqualTo(content.Get));
        Assert.That(JsonConvert.SerializeObject(back), Is.EqualTo(json));
    }

    [FsCheck.NUnit.Property]
    public void EveryAssistantMessageWithToolCallRoundTrips(NonNull<string> content, NonNull<string> callId, NonNull<string> arguments)
    {
        var call = new ToolCall { Id = callId.Get, Type = "function", Function = new ToolCallFunction { Name = "f", Arguments = arguments.Get } };
        var json = JsonConvert.SerializeObject(ChatMessage.CreateAssistant(content.Get, [call]));
        var back = JsonConvert.DeserializeObject<ChatMessage>(json)!;

        Assert.That(back.Assistant!.Content, Is.EqualTo(content.Get));
        Assert.That(back.Assistant.ToolCalls![0].Function.Arguments, Is.EqualTo(arguments.Get));
        Assert.That(JsonConvert.SerializeObject(back), Is.EqualTo(json));
    }

    [FsCheck.NUnit.Property]
    public void EveryToolMessageRoundTrips(NonNull<string> callId, NonNull<string> content)
    {
        var json = JsonConvert.SerializeObject(ChatMessage.CreateTool(callId.Get, content.Get));
        var back = JsonConvert.DeserializeObject<ChatMessage>(json)!;

        Assert.That(back.Tool!.ToolCallId, Is.EqualTo(callId.Get));
        Assert.That(back.Tool.Content, Is.EqualTo(content.Get));
        Assert.That(JsonConvert.SerializeObject(back), Is.EqualTo(json));
    }
}
