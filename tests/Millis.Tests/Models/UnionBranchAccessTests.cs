using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.Models;

/// <summary>Every union exposes its branches through TryPick and Switch without casts.</summary>
public class UnionBranchAccessTests
{
    [Test]
    public void ValidationLocationSegmentTryPickIndexReturnsTheIndexOnlyForAnIndexStep()
    {
        var index = JsonConvert.DeserializeObject<ValidationLocationSegment>("3")!;
        var name = JsonConvert.DeserializeObject<ValidationLocationSegment>("\"body\"")!;

        Assert.Multiple(() =>
        {
            Assert.That(index.TryPickIndex(out var i) && i == 3, Is.True);
            Assert.That(index.TryPickName(out _), Is.False);
            Assert.That(name.TryPickName(out var n) && n == "body", Is.True);
            Assert.That(name.TryPickIndex(out _), Is.False);
        });
    }

    [Test]
    public void ValidationLocationSegmentSwitchRunsTheBranchHeld()
    {
        var seen = "";
        new ValidationLocationSegment(7).Switch(n => seen = "name " + n, i => seen = "index " + i);

        Assert.That(seen, Is.EqualTo("index 7"));
    }

    [Test]
    public void PhoneImportRequestSwitchRunsTheProviderHeld()
    {
        PhoneImportRequest request = new ImportTelnyxRequest { Country = "US", Phone = "+15551234567", Region = "us", ApiKey = "k" };
        var seen = "";
        request.Switch(_ => seen = "twilio", _ => seen = "vonage", _ => seen = "plivo", _ => seen = "exotel", r => seen = "telnyx " + r.Phone);

        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.EqualTo("telnyx +15551234567"));
            Assert.That(request.TryPickTelnyx(out var telnyx) && telnyx.ApiKey == "k", Is.True);
            Assert.That(request.TryPickTwilio(out _), Is.False);
        });
    }

    [Test]
    public void ChatMessageTryPickMatchesTheRole()
    {
        var message = JsonConvert.DeserializeObject<ChatMessage>("""{"role":"tool","content":"42","tool_call_id":"call-1"}""")!;

        Assert.Multiple(() =>
        {
            Assert.That(message.TryPickTool(out var tool) && tool.ToolCallId == "call-1", Is.True);
            Assert.That(message.TryPickUser(out _), Is.False);
            Assert.That(message.TryPickAssistant(out _), Is.False);
        });
    }
}
