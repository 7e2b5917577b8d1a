// The Millis SDK in one screen: voices, an agent's life cycle, phones, call logs and a streamed chat reply.
// With MILLIS_API_KEY set it talks to the real API; samples/run-quickstart otherwise points it at a local mock
// (MILLIS_BASE_URL) served from spec/ by Prism.
using Millis;
using Millis.Models;

var apiKey = Environment.GetEnvironmentVariable(MillisClientOptions.ApiKeyEnvironmentVariable);
var mockUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL");
var options = new MillisClientOptions
{
    ApiKey = string.IsNullOrEmpty(apiKey) ? "offline-quickstart-key" : apiKey,
    BaseUrl = string.IsNullOrEmpty(mockUrl) ? null : new Uri(mockUrl),
    ApplicationId = "millis-quickstart",
};
using var client = new MillisClient(options);
Console.WriteLine($"Talking to {options.EffectiveBaseUrl} ({(string.IsNullOrEmpty(mockUrl) ? "real API" : "local mock")})");

var voices = await client.Voices.ListAsync("en");
Console.WriteLine($"Voices: {voices.Count} (first: {voices.FirstOrDefault()?.Name} via {voices.FirstOrDefault()?.Provider})");
var voice = voices.FirstOrDefault();

var config = new AgentConfig
{
    Prompt = "You are the friendly receptionist of a dental clinic. Keep answers short.",
    FirstMessage = "Hello, Bright Smile Dental, how can I help?",
    Voice = new Voice { Provider = voice?.Provider ?? VoiceProvider.Elevenlabs, VoiceId = voice?.VoiceId ?? "21m00Tcm4TlvDq8ikWAM" },
    Language = Language.EnUS,
};
var agent = await client.Agents.CreateAsync("Quickstart receptionist", config);
Console.WriteLine($"Created agent {agent.Id} ({agent.Name})");

var readBack = await client.Agents.GetAsync(agent.Id);
Console.WriteLine($"Read back: {readBack.Name}, voice {readBack.Config.Voice.Provider}/{readBack.Config.Voice.VoiceId}");

await client.Agents.UpdateAsync(agent.Id, "Quickstart receptionist", new PartialAgentConfig { FirstMessage = "Hi! Bright Smile Dental here." });
Console.WriteLine("Updated its first message");

var phones = await client.Phones.ListAsync();
Console.WriteLine($"Phones: {phones.Count}{(phones.Count > 0 ? $" (first: {phones[0].Id}, status {phones[0].Status})" : "")}");

var logs = await client.CallLogs.ListAsync(new Millis.CallLogs.CallLogFilter { Limit = 5 });
Console.WriteLine($"Recent call logs: {logs.Histories.Count}{(logs.NextCursor is null ? "" : ", more available")}");

var chat = new ChatCompletionData
{
    Agent = new AgentCallData { AgentId = agent.Id },
    Messages = [ChatMessage.CreateUser("Are you open on Saturdays?")],
};
using (var stream = await client.Chat.OpenStreamAsync(chat))
using (var reader = new StreamReader(stream))
{
    Console.WriteLine("Chat stream:");
    while (await reader.ReadLineAsync() is { } line)
    {
        if (line.Length > 0)
        {
            Console.WriteLine("  " + line);
        }
    }
}

await client.Agents.DeleteAsync(agent.Id);
Console.WriteLine($"Deleted agent {agent.Id}. Done.");
