// The Millis SDK in one screen: voices, an agent's life cycle, phones, call logs and a streamed chat reply.
// With MILLIS_API_KEY set it talks to the real API; samples/run-quickstart otherwise points it at a local mock
// (MILLIS_BASE_URL) served from spec/ by Prism. Against the real API it creates one agent and deletes it at the end;
// MILLIS_QUICKSTART_READONLY=1 skips that (voices, phones and call logs only).
using Millis;
using Millis.Agents;
using Millis.CallLogs;
using Millis.Chat;
using Millis.Models;

var apiKey = Environment.GetEnvironmentVariable(MillisClientOptions.ApiKeyEnvironmentVariable);
var mockUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL");
if (string.IsNullOrEmpty(apiKey) && string.IsNullOrEmpty(mockUrl))
{
    Console.WriteLine("Nothing to talk to: neither MILLIS_API_KEY (the real API) nor MILLIS_BASE_URL (a mock) is set.");
    Console.WriteLine("Offline, against a local mock of the API: bash samples/run-quickstart");
    Console.WriteLine("Against the real API: export MILLIS_API_KEY=<your private key>, then run this again.");
    return;
}

var options = new MillisClientOptions
{
    ApiKey = string.IsNullOrEmpty(apiKey) ? "offline-quickstart-key" : apiKey,
    BaseUrl = string.IsNullOrEmpty(mockUrl) ? null : new Uri(mockUrl),
    ApplicationId = "millis-quickstart",
};
using var client = new MillisClient(options);
Console.WriteLine($"Talking to {options.EffectiveBaseUrl} ({(string.IsNullOrEmpty(mockUrl) ? "real API" : "local mock")})");

var readOnly = Environment.GetEnvironmentVariable("MILLIS_QUICKSTART_READONLY") is "1" or "true";
if (string.IsNullOrEmpty(mockUrl))
{
    Console.WriteLine(readOnly
        ? "Read-only (MILLIS_QUICKSTART_READONLY): no agent is created."
        : "This creates an agent named 'Quickstart receptionist' on your Millis account, chats with it, and deletes it at the end. "
          + "Set MILLIS_QUICKSTART_READONLY=1 to only read.");
}

var voices = await client.Voices.ListAsync("en");
Console.WriteLine($"Voices: {voices.Count} (first: {voices.FirstOrDefault()?.Name} via {voices.FirstOrDefault()?.Provider})");
var voice = voices.FirstOrDefault();

var phones = await client.Phones.ListAsync();
Console.WriteLine($"Phones: {phones.Count}{(phones.Count > 0 ? $" (first: {phones[0].Id}, status {phones[0].Status})" : "")}");

// Call logs are paged by cursor; ListAllAsync walks the pages lazily (stop whenever you like).
var recent = 0;
await foreach (var log in client.CallLogs.ListAllAsync(new CallLogFilter { Limit = 20 }))
{
    Console.WriteLine($"  call {log.SessionId} at {log.Timestamp:u}: {log.CallStatus}");
    if (++recent == 5)
    {
        break;
    }
}

Console.WriteLine($"Recent call logs shown: {recent}");

if (readOnly && string.IsNullOrEmpty(mockUrl))
{
    Console.WriteLine("Done (read-only).");
    return;
}

var config = new AgentConfigBuilder()
    .WithPrompt("You are the friendly receptionist of a dental clinic. Keep answers short.")
    .WithFirstMessage("Hello, Bright Smile Dental, how can I help?")
    .WithVoice(Voice.Of(voice?.Provider ?? VoiceProvider.ElevenLabs, voice?.VoiceId ?? "21m00Tcm4TlvDq8ikWAM"))
    .WithLanguage(Language.EnUS)
    .Flow(f => f.AllowInterruptions())
    .Build();
var agent = await client.Agents.CreateAsync("Quickstart receptionist", config);
Console.WriteLine($"Created agent {agent.Id} ({agent.Name})");
try
{
    var readBack = await client.Agents.GetAsync(agent.Id);
    Console.WriteLine($"Read back: {readBack.Name}, voice {readBack.Config.Voice.Provider}/{readBack.Config.Voice.VoiceId}");

    await client.Agents.UpdateAsync(agent.Id, new PartialAgentConfigBuilder().WithFirstMessage("Hi! Bright Smile Dental here.").BuildUpdate("Quickstart receptionist"));
    Console.WriteLine("Updated its first message");

    Console.Write("Chat reply: ");
    var chat = ChatRequest.ForAgent(agent.Id).AddUser("Are you open on Saturdays?");
    await foreach (var text in client.Chat.StreamTextAsync(chat))
    {
        Console.Write(text);   // printed as each event arrives
    }

    Console.WriteLine();
}
finally
{
    // Deleted even when a step above failed, so no test agent is left on the account.
    await client.Agents.DeleteAsync(agent.Id);
}

Console.WriteLine($"Deleted agent {agent.Id}. Done.");
