using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Millis.AspNetCore;
using Millis.AspNetCore.Testing;

namespace Millis.AgentServer;

/// <summary>`--simulate`: serves on a free loopback port, plays Millis against every endpoint, prints what came back, exits 0 or 1.</summary>
public static class SelfTest
{
    public static void Prepare(WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (string.IsNullOrEmpty(builder.Configuration["Millis:Webhooks:Secrets:0"]) && string.IsNullOrEmpty(builder.Configuration["Millis:Webhooks:Secret"]))
        {
            // Nothing configured: a throwaway secret for this run only.
            builder.Configuration["Millis:Webhooks:Secrets:0"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        }
    }

    public static async Task<int> RunAsync(WebApplication app)
    {
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var secret = app.Services.GetRequiredService<IOptions<MillisWebhookOptions>>().Value;
        using var http = new HttpClient { BaseAddress = address };
        var millis = new MillisWebhookSimulator(http, secret.CurrentSecret, secret.HeaderName);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var failures = 0;

        void Check(string step, bool ok, string detail)
        {
            Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {step}: {detail}");
            failures += ok ? 0 : 1;
        }

        var prefetch = await millis.SendPrefetchAsync("/millis/prefetch", cancellationToken: timeout.Token);
        Check("prefetch", prefetch.IsSuccess && prefetch.ReadPrefetchResponse()?.ExtraPrompt is not null, prefetch.Body);

        var refused = await millis.WithSecret(null).SendPrefetchAsync("/millis/prefetch", cancellationToken: timeout.Token);
        Check("prefetch without the secret", refused.StatusCode == HttpStatusCode.Unauthorized, ((int)refused.StatusCode).ToString());

        var end = await millis.SendSessionDataAsync("/millis/session-end", cancellationToken: timeout.Token);
        Check("end of call", end.IsSuccess, ((int)end.StatusCode).ToString());

        var tool = await millis.SendToolCallAsync(AgentTools.LookupOrder, new { OrderId = "A-1001", WantsDeliveryDate = true }, cancellationToken: timeout.Token);
        Check("tool lookup_order", tool.IsSuccess && tool.Body.Contains("shipped", StringComparison.Ordinal), tool.Body);

        var llm = MillisCustomLlmSimulator.ForClientWebSocket(new UriBuilder(address) { Scheme = "ws", Path = "/millis/llm" }.Uri);
        await using (var call = await llm.ConnectAsync(timeout.Token))
        {
            await call.SendStartCallAsync("0", cancellationToken: timeout.Token);
            var greeting = await call.ReadStreamAsync("0", timeout.Token);
            Check("custom LLM greeting", greeting.Count > 0, string.Concat(greeting.Select(f => f.Content)));
            await call.CloseAsync(timeout.Token);
        }

        var scenario = await llm.PlayInterruptScenarioAsync(timeout.Token);
        Check("custom LLM after interrupt", scenario.NextStreamText.Length > 0 && scenario.FramesOfInterruptedStreamAfterNextStreamBegan.Count == 0,
            $"{scenario.NextStreamFrames.Count} frames: {string.Join(" | ", scenario.NextStreamFrames.Select(f => f.Content))}");

        Check("agent config", true, AgentConfigPrinter.Build(secret, new Uri("https://your-subdomain.ngrok-free.app")).Tools!.Single().Webhook!);

        await app.StopAsync();
        Console.WriteLine(failures == 0 ? "agent server: every endpoint answered the simulator" : $"agent server: {failures} check(s) failed");
        return failures == 0 ? 0 : 1;
    }
}
