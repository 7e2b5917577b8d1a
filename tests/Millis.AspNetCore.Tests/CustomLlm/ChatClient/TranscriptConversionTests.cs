using Microsoft.Extensions.AI;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore.Tests.CustomLlm.ChatClient;

public class TranscriptConversionTests
{
    [Test]
    public void AgentRoleBecomesAssistant() =>
        Assert.That(Convert(new TranscriptMessage { Role = "agent", Content = "Hi" }).Single().Role, Is.EqualTo(ChatRole.Assistant));

    [Test]
    public void ToolTurnsAreLeftOut() =>
        Assert.That(Convert(new TranscriptMessage { Role = "tool", Content = "{}" }, TranscriptMessage.User("ok")).Select(m => m.Role), Is.EqualTo(new[] { ChatRole.User }));

    [Test]
    public void EmptyTurnsAreLeftOut() =>
        Assert.That(Convert(TranscriptMessage.User("")), Is.Empty);

    [Test]
    public void UnknownRoleIsKeptAsItsOwnRole() =>
        Assert.That(Convert(new TranscriptMessage { Role = "narrator", Content = "x" }).Single().Role.Value, Is.EqualTo("narrator"));

    private static List<ChatMessage> Convert(params TranscriptMessage[] turns) => TranscriptConversion.ToChatMessages(turns, instructions: null);
}
