// A Millis agent as a Microsoft.Extensions.AI IChatClient, and a tool declared once as an AIFunction.
// With MILLIS_API_KEY (and MILLIS_AGENT_ID) set it talks to the real API; samples/run-chatclient otherwise points it at
// a local mock (MILLIS_BASE_URL) served from spec/ by Prism, which answers every chat with the spec's example event.
using System.ComponentModel;
using Microsoft.Extensions.AI;
using Millis;
using Millis.Agents;
using Millis.Extensions.AI;
using Millis.Models;

var apiKey = Environment.GetEnvironmentVariable(MillisClientOptions.ApiKeyEnvironmentVariable);
var mockUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL");
using var client = new MillisClient(new MillisClientOptions
{
    ApiKey = string.IsNullOrEmpty(apiKey) ? "offline-sample-key" : apiKey,
    BaseUrl = string.IsNullOrEmpty(mockUrl) ? null : new Uri(mockUrl),
    ApplicationId = "millis-chatclient-sample",
});
var agentId = Environment.GetEnvironmentVariable("MILLIS_AGENT_ID") ?? "agent-1";

// 1. The agent as an IChatClient: text streams in as each event arrives.
IChatClient agent = client.AsChatClient(agentId);
var metadata = agent.GetService<ChatClientMetadata>()!;
Console.WriteLine($"IChatClient for agent {agentId} (provider {metadata.ProviderName}, {metadata.ProviderUri})");
Console.Write("Streamed: ");
await foreach (var update in agent.GetStreamingResponseAsync("Do you open on Saturdays?"))
{
    Console.Write(update.Text);
}

Console.WriteLine();

// 2. The same stream aggregated, with per-request instructions and session metadata.
var options = new ChatOptions
{
    Instructions = "Answer in one short sentence.",
    AdditionalProperties = new() { ["customer_id"] = "C-42" },
};
var response = await agent.GetResponseAsync([new Microsoft.Extensions.AI.ChatMessage(ChatRole.User, "And on Sundays?")], options);
Console.WriteLine($"Aggregated: \"{response.Text}\" (finish: {response.FinishReason?.ToString() ?? "none"})");

// 3. Options the API cannot express are refused, not dropped.
try
{
    await agent.GetResponseAsync("Hi", new ChatOptions { MaxOutputTokens = 50 });
}
catch (NotSupportedException ex)
{
    Console.WriteLine("Refused: " + ex.Message);
}

// 4. Tools declared once: the AIFunction's schema becomes a webhook tool's params in the agent's config. The same
//    function can go in ChatOptions.Tools (under ChatClientBuilder(...).UseFunctionInvocation() from the
//    Microsoft.Extensions.AI package, the calls the stream returns are run for you).
var lookupOrder = AIFunctionFactory.Create(LookupOrder, "lookup_order");
var config = new AgentConfigBuilder()
    .WithPrompt("You are the order desk of an online shop.")
    .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM"))
    .AddTool(lookupOrder, "https://api.example.com/orders", t => t.Method("POST").Messages("One moment, let me look."))
    .Build();
var tool = config.Tools!.Single();
Console.WriteLine($"Tool {tool.Name}: {tool.Description}; params {string.Join(", ", tool.Params!.Select(p => $"{p.Name}:{p.Type}{(p.Required ? "" : "?")}"))}; webhook {tool.Webhook}");

var agentCreated = await client.Agents.CreateAsync("Order desk (sample)", config);
Console.WriteLine($"Created agent {agentCreated.Id} with the tool; done.");
return 0;

[Description("Finds an order by its id and says where it is")]
static string LookupOrder([Description("The order id, e.g. A-1001")] string id, [Description("Include the delivery address")] bool withAddress = false) =>
    $"Order {id} is on its way.";
