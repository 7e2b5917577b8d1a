// Compiled from the packed Millis.Community.AspNetCore package in a brand-new web project outside the repository
// (build/install-test): maps endpoints, answers the package's own simulators. Exit code 1 if anything is missing.
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Millis.AspNetCore;
using Millis.AspNetCore.Testing;

var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
builder.Services.AddMillisWebhooks(o => o.Secrets = new List<string> { "install-test-secret" });
var app = builder.Build();
app.MapMillisPrefetch("/millis/prefetch", (PrefetchRequest request) => new PrefetchResponse { ExtraPrompt = $"session {request.SessionId}" }).RequireMillisSecret();
app.MapMillisCustomLlm("/millis/llm", (request, reply, ct) => reply.EndAsync("installed", ct).AsTask());
await app.StartAsync();

var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
using var http = new HttpClient { BaseAddress = address };
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
var millis = new MillisWebhookSimulator(http, "install-test-secret");

var prefetch = await millis.SendPrefetchAsync("/millis/prefetch", cancellationToken: timeout.Token);
var refused = await millis.WithSecret(null).SendPrefetchAsync("/millis/prefetch", cancellationToken: timeout.Token);
var llm = MillisCustomLlmSimulator.ForClientWebSocket(new UriBuilder(address) { Scheme = "ws", Path = "/millis/llm" }.Uri);
await using var call = await llm.ConnectAsync(timeout.Token);
await call.SendStartCallAsync(cancellationToken: timeout.Token);
await call.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("hi") }, timeout.Token);
var frames = await call.ReadStreamAsync("1", timeout.Token);
await call.CloseAsync(timeout.Token);
await app.StopAsync();

Console.WriteLine($"prefetch: {prefetch.Body}; without secret: {(int)refused.StatusCode}; custom LLM: {frames.FirstOrDefault()?.Content}");
var ok = prefetch.ReadPrefetchResponse()?.ExtraPrompt == "session sim-session-1" && refused.StatusCode == HttpStatusCode.Unauthorized && frames.FirstOrDefault()?.Content == "installed";
if (!ok)
{
    Console.Error.WriteLine("the installed Millis.Community.AspNetCore package did not answer the simulators as expected");
}

return ok ? 0 : 1;
