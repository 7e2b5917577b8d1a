// Compiled from the packed Millis.Community and Millis.Community.Extensions.AI packages in the net10.0 app of
// build/install-test, outside the repository.
// Fails (exit code 1) if anything a user needs is missing from the package.
using Microsoft.Extensions.AI;
using Millis;
using Millis.Agents;
using Millis.Chat;
using Millis.Extensions.AI;
using Millis.Models;

var baseUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL") ?? throw new InvalidOperationException("MILLIS_BASE_URL is not set");
using var client = new MillisClient(new MillisClientOptions { ApiKey = "install-test", BaseUrl = new Uri(baseUrl) });

var config = new AgentConfigBuilder()
    .WithPrompt("You answer questions about opening hours.")
    .WithVoice(Voice.ElevenLabs("voice-1"))
    .Build();
var agent = await client.Agents.CreateAsync("Install check", config);
Console.WriteLine($"created agent {agent.Id}");

var reply = new System.Text.StringBuilder();
await foreach (var text in client.Chat.StreamTextAsync(ChatRequest.ForAgent(agent.Id).AddUser("Hi")))
{
    reply.Append(text);
}

if (reply.Length == 0)
{
    Console.Error.WriteLine("no chat text received");
    return 1;
}

Console.WriteLine("streamed chat: " + reply);

// The Microsoft.Extensions.AI adapter package.
IChatClient chat = client.AsChatClient(agent.Id);
var response = await chat.GetResponseAsync("Hi");
if (response.Text.Length == 0 || chat.GetService<ChatClientMetadata>()?.ProviderName != "millis")
{
    Console.Error.WriteLine("the IChatClient adapter returned no text or no metadata");
    return 1;
}

Console.WriteLine("IChatClient: " + response.Text);
return 0;
