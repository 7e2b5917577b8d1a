// Compiled from the packed Millis.Community package in a brand-new project outside the repository (build/install-test.sh).
// Fails (exit code 1) if anything a user needs is missing from the package.
using Millis;
using Millis.Models;

var baseUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL") ?? throw new InvalidOperationException("MILLIS_BASE_URL is not set");
using var client = new MillisClient(new MillisClientOptions { ApiKey = "install-test", BaseUrl = new Uri(baseUrl) });

var agent = await client.Agents.CreateAsync("Install check", new AgentConfig
{
    Prompt = "You answer questions about opening hours.",
    Voice = new Voice { Provider = VoiceProvider.Elevenlabs, VoiceId = "voice-1" },
});
Console.WriteLine($"created agent {agent.Id}");

var request = new ChatCompletionData { Agent = new AgentCallData { AgentId = agent.Id }, Messages = [ChatMessage.CreateUser("Hi")] };
using var stream = await client.Chat.OpenStreamAsync(request);
var body = await new StreamReader(stream).ReadToEndAsync();
if (!body.Contains("data:", StringComparison.Ordinal))
{
    Console.Error.WriteLine("no chat events received");
    return 1;
}

Console.WriteLine("streamed chat: " + body.Trim());
return 0;
