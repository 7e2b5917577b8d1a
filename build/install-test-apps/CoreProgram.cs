// Compiled from the packed Millis.Community package in the net8.0 app of build/install-test (Net8App), outside the repository.
// Fails (exit code 1) if anything a user needs is missing from the package.
using Millis;
using Millis.Agents;
using Millis.Chat;
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
return 0;
