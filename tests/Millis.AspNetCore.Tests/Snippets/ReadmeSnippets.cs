using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Millis.Agents;
using Millis.AspNetCore.Tests.CustomLlm.ChatClient;
using Millis.AspNetCore.Tests.TestSupport;
using Millis.AspNetCore.Tests.Tools;
using Millis.Models;

namespace Millis.AspNetCore.Tests.Snippets;

/// <summary>The README's server-side code, kept compiling and working here.</summary>
public class ReadmeSnippets
{
    [Test]
    public async Task ServerSideSnippetMapsEveryEndpointAndBuildsTheAgentConfig()
    {
        var chatClient = new FakeChatClient("Hello.");
        var lookupOrderTool = MillisToolDefinition.Create<LookupOrder>("lookup_order", "Finds an order by id")
            .WithUrl("/millis/tools/lookup_order").WithTimeout(10).WithSecretHeader();

        await using var app = await TestApp.StartAsync(a =>
        {
            // --- README: the server side ---
            var millis = a.MapGroup("/millis").RequireMillisSecret();
            millis.MapMillisPrefetch("/prefetch", (PrefetchRequest req) =>
                new PrefetchResponse { ExtraPrompt = $"Caller metadata: {req.Metadata.Count} keys" });
            millis.MapMillisSessionData("/session-end", (SessionDataEvent e, ILogger<ReadmeSnippets> log) =>
                log.LogInformation("{Session} {Status} {Messages}", e.SessionId, e.CallStatus, e.Chat.Count));
            a.MapMillisTool(lookupOrderTool, (LookupOrder args, MillisToolContext ctx) => new { status = "shipped" })
                .RequireMillisSecret();
            a.MapMillisCustomLlm("/millis/llm", chatClient, o => o.Instructions = "Be brief.");
        });
        var webhookOptions = app.Services.GetRequiredService<IOptions<MillisWebhookOptions>>().Value;
        var config = new AgentConfigBuilder()
            .WithPrompt("…").WithVoice(Voice.ElevenLabs("voice-id"))
            .WithSecuredExtraPromptWebhook("https://agent.example.com/millis/prefetch", webhookOptions)
            .WithSecuredSessionDataWebhook("https://agent.example.com/millis/session-end", webhookOptions)
            .AddTool(lookupOrderTool, webhookOptions.CurrentSecret, new Uri("https://agent.example.com"))
            .WithCustomLlmWebsocket("wss://agent.example.com/millis/llm")
            .Build();

        var prefetch = await app.Millis().SendPrefetchAsync("/millis/prefetch");
        var end = await app.Millis().SendSessionDataAsync("/millis/session-end");
        var tool = await app.Millis().SendToolCallAsync(lookupOrderTool, new { OrderId = "A-1", Quantity = 1 });

        Assert.That(new[] { prefetch.IsSuccess, end.IsSuccess, tool.IsSuccess }, Is.All.True);
        Assert.That(config.Tools!.Single().Webhook, Is.EqualTo("https://agent.example.com/millis/tools/lookup_order"));
    }
}
