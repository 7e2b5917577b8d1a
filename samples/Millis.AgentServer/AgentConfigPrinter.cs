using Microsoft.Extensions.Options;
using Millis.Agents;
using Millis.AspNetCore;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.AgentServer;

/// <summary>Builds the agent config that points Millis at this server: webhook URLs with the secret header, the tool, the WebSocket.</summary>
public static class AgentConfigPrinter
{
    public static AgentConfig Build(MillisWebhookOptions secret, Uri publicBaseUrl)
    {
        var wss = new UriBuilder(publicBaseUrl) { Scheme = publicBaseUrl.Scheme == "http" ? "ws" : "wss", Path = "/millis/llm" }.Uri;
        return new AgentConfigBuilder()
            .WithPrompt("You are the front desk of Acme.")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM"))
            .WithSecuredExtraPromptWebhook(new Uri(publicBaseUrl, "/millis/prefetch").ToString(), secret)
            .WithSecuredSessionDataWebhook(new Uri(publicBaseUrl, "/millis/session-end").ToString(), secret)
            .AddTool(AgentTools.LookupOrder, secret.CurrentSecret, publicBaseUrl)
            .WithCustomLlmWebsocket(wss.ToString())
            .Build();
    }

    /// <summary>The config as JSON, with the secret masked (paste the real one from your secret store).</summary>
    public static string Print(IServiceProvider services, IConfiguration configuration)
    {
        var secret = services.GetRequiredService<IOptions<MillisWebhookOptions>>().Value;
        if (secret.CurrentSecret is null)
        {
            return "Set a secret first, e.g. export Millis__Webhooks__Secrets__0=$(openssl rand -hex 32)";
        }

        var baseUrl = new Uri(configuration["AgentServer:PublicBaseUrl"] ?? "https://your-subdomain.ngrok-free.app");
        return JsonConvert.SerializeObject(Build(secret, baseUrl), Formatting.Indented).Replace(secret.CurrentSecret, "<your secret>", StringComparison.Ordinal);
    }

    public static void WarnIfNoSecret(WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<MillisWebhookOptions>>().Value.CurrentSecret is null)
        {
            app.Logger.LogWarning("No Millis secret is configured, so every webhook is refused with 401. Set one: export Millis__Webhooks__Secrets__0=$(openssl rand -hex 32)");
        }
    }
}
