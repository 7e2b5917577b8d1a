// A Millis agent server: the four endpoints Millis calls, behind one shared secret.
//   dotnet run --project samples/Millis.AgentServer -- --simulate    answers the simulators offline and exits
//   dotnet run --project samples/Millis.AgentServer                  serves on http://localhost:5080
//   dotnet run --project samples/Millis.AgentServer -- --agent-config  prints the agent config to paste into Millis
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.AI;
using Millis.AgentServer;
using Millis.AspNetCore;

var simulate = args.Contains("--simulate");
var builder = WebApplication.CreateBuilder(args);
if (simulate)
{
    SelfTest.Prepare(builder);
}

builder.Services.AddMillisWebhooks(builder.Configuration);
builder.Services.AddSingleton<OrderBook>();
builder.Services.AddSingleton<IChatClient, OfflineChatClient>();
// Behind ngrok or another proxy, the original scheme and host arrive in X-Forwarded-* headers (loopback proxies are trusted by default).
builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);

var app = builder.Build();
app.UseForwardedHeaders();

// Millis signs nothing: the shared secret is the whole defence, so every webhook requires it (and HTTPS in production).
var millis = app.MapGroup("/millis").RequireMillisSecret();

millis.MapMillisPrefetch("/prefetch", (PrefetchRequest request, OrderBook book) =>
    book.CustomerNameFor(request.Metadata.GetValueOrDefault("customer_id")) is { } name
        ? new PrefetchResponse { ExtraPrompt = $"The caller is {name}, a returning customer. Greet them by name.", Metadata = new Dictionary<string, object?> { ["customer_name"] = name } }
        : null);

millis.MapMillisSessionData("/session-end", (SessionDataEvent call, ILogger<Program> log) =>
    log.LogInformation("Call {SessionId} ended: {Status} after {Duration} s, {Messages} messages, {Tools} tool calls", call.SessionId, call.CallStatus, call.Duration, call.Chat.Count, call.FunctionCalls.Count));

// A tool is mapped at its URL's path; on the app rather than the group, which would add its prefix a second time.
app.MapMillisTool(AgentTools.LookupOrder, (LookupOrderArgs args, OrderBook book) => book.Find(args.OrderId, args.WantsDeliveryDate ?? false))
    .RequireMillisSecret();

// Whether Millis can send headers when it opens the custom-LLM WebSocket is not documented, so this one is not behind
// the secret; add .RequireMillisSecret() if your agent does send it.
app.MapMillisCustomLlm("/millis/llm", services => new MillisChatClientHandler(
    services.GetRequiredService<IChatClient>(),
    new MillisChatClientOptions { Instructions = "You are the front desk of Acme. Be brief.", Greeting = "Hello, Acme front desk. How can I help?" }));

if (simulate)
{
    return await SelfTest.RunAsync(app);
}

if (args.Contains("--agent-config"))
{
    Console.WriteLine(AgentConfigPrinter.Print(app.Services, app.Configuration));
    return 0;
}

AgentConfigPrinter.WarnIfNoSecret(app);
await app.RunAsync();
return 0;
