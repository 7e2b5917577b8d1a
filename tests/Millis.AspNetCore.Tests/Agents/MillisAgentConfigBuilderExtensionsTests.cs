using Millis.Agents;
using Millis.AspNetCore.Tests.Tools;
using Millis.Models;

namespace Millis.AspNetCore.Tests.Agents;

public class MillisAgentConfigBuilderExtensionsTests
{
    private static readonly MillisToolDefinition<LookupOrder> Lookup = MillisToolDefinition.Create<LookupOrder>("lookup_order", "Finds an order")
        .WithUrl("/millis/tools/lookup_order").WithMethod("GET").WithTimeout(8).WithSecretHeader();

    [Test]
    public void AddToolDeclaresTheDefinitionToTheAgent()
    {
        var tool = Build(b => b.AddTool(Lookup, "s3", new Uri("https://agent.example.com"))).Tools!.Single();

        Assert.Multiple(() =>
        {
            Assert.That((tool.Name, tool.Description, tool.Webhook, tool.Method, tool.Timeout), Is.EqualTo(("lookup_order", "Finds an order", "https://agent.example.com/millis/tools/lookup_order", "GET", (int?)8)));
            Assert.That(tool.Params!.Select(p => (p.Name, p.Type, p.Required)), Is.EqualTo(new[] { ("order_id", "string", (bool?)true), ("quantity", "number", true), ("express", "boolean", false), ("note", "string", false) }));
            Assert.That(tool.Header, Is.EqualTo(new Dictionary<string, object> { ["X-Millis-Secret"] = "s3" }));
        });
    }

    [Test]
    public void AbsoluteToolUrlNeedsNoBaseUrl()
    {
        var absolute = MillisToolDefinition.Create<LookupOrder>("t", "x").WithUrl("https://tools.example.com/t");

        Assert.That(Build(b => b.AddTool(absolute)).Tools!.Single().Webhook, Is.EqualTo("https://tools.example.com/t"));
    }

    [Test]
    public void PathWithoutABaseUrlIsRejected() =>
        Assert.That(() => Build(b => b.AddTool(MillisToolDefinition.Create<LookupOrder>("t", "x").WithUrl("/t"))), Throws.ArgumentException.With.Message.Contains("publicBaseUrl"));

    [Test]
    public void ToolWithASecretHeaderNeedsTheSecret() =>
        Assert.That(() => Build(b => b.AddTool(Lookup, publicBaseUrl: new Uri("https://a.example.com"))), Throws.ArgumentException.With.Message.Contains("secret"));

    [Test]
    public void AgentSettingsOfTheDefinitionAreApplied()
    {
        var withMessages = MillisToolDefinition.Create<LookupOrder>("t", "x").WithUrl("https://a.example.com/t").WithAgentSettings(t => t.Messages("One moment."));

        Assert.That(Build(b => b.AddTool(withMessages)).Tools!.Single().Messages, Is.EqualTo(new[] { "One moment." }));
    }

    [Test]
    public void SecuredSessionDataWebhookSendsTheSecretHeader()
    {
        var webhook = Build(b => b.WithSecuredSessionDataWebhook("https://a.example.com/end", "s3")).SessionDataWebhook!;

        Assert.That((webhook.Config!.Url, webhook.Config.Headers!["X-Millis-Secret"]), Is.EqualTo(("https://a.example.com/end", (object)"s3")));
    }

    [Test]
    public void SecuredExtraPromptWebhookUsesTheOptionsHeaderAndCurrentSecret()
    {
        var options = new MillisWebhookOptions { HeaderName = "X-Key", Secrets = new List<string> { "current", "previous" } };

        var webhook = Build(b => b.WithSecuredExtraPromptWebhook("https://a.example.com/prefetch", options)).ExtraPromptWebhook!;

        Assert.That(webhook.Config!.Headers, Is.EqualTo(new Dictionary<string, object> { ["X-Key"] = "current" }));
    }

    [Test]
    public void SecuredWebhookWithoutAConfiguredSecretIsRejected() =>
        Assert.That(() => Build(b => b.WithSecuredSessionDataWebhook("https://a.example.com/end", new MillisWebhookOptions())), Throws.ArgumentException);

    private static AgentConfig Build(Func<AgentConfigBuilder, AgentConfigBuilder> configure) =>
        configure(new AgentConfigBuilder().WithPrompt("You help.").WithVoice(Voice.ElevenLabs("voice-1"))).Build();
}
