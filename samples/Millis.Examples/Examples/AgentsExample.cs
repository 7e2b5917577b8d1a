// Task: manage voice agents. Build a config with the fluent builder (validated before anything is sent), create the
// agent, read it back, change only some fields, copy it, list agents and delete what was created.
using Millis.Agents;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class AgentsExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var client = ctx.Client;
        var ct = ctx.CancellationToken;

        // 1. Create from the builder. Build() throws AgentConfigValidationException listing every problem.
        AgentConfig config = new AgentConfigBuilder()
            .WithPrompt("You are the front desk of Acme Dental. Book, move and cancel appointments.")
            .WithFirstMessage("Hi, Acme Dental, how can I help?")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM").Model("eleven_turbo_v2_5"))
            .WithLlm(LLMProvider.Gpt4o, temperature: 0.3)
            .WithLanguage(Language.EnUS)
            .WithSessionTimeout(maxDurationSeconds: 600, maxIdleSeconds: 30, message: "Are you still there?")
            .Flow(f => f
                .AllowInterruptions()
                .TransferTo("+15551234567", "front office")
                .OnVoicemailLeaveMessage("Please call us back at your convenience."))
            .AddTool(t => t
                .Named("find_slot")
                .Description("Finds the next free appointment slot")
                .Webhook("https://api.example.com/slots")
                .Parameter("day", "string", "Day as YYYY-MM-DD", required: true))
            .Build();
        Agent agent = await client.Agents.CreateAsync("Acme front desk", config, ct);
        ctx.Say($"created agent {agent.Id} ({agent.Name}), created {agent.Created:u}");

        // 2. Read it back.
        Agent readBack = await client.Agents.GetAsync(agent.Id, ct);
        ctx.Say($"read back: voice {readBack.Config.Voice.Provider}/{readBack.Config.Voice.VoiceId}, {readBack.Config.Tools?.Count ?? 0} tool(s)");

        // 3. Update: only the fields set on the builder are sent; Clear sends an explicit null (removes the value).
        AgentUpdate update = new PartialAgentConfigBuilder()
            .WithPrompt("You are the front desk of Acme Dental. Be brief.")
            .Clear(AgentField.FirstMessage)
            .BuildUpdate("Acme front desk");
        await client.Agents.UpdateAsync(agent.Id, update, ct);
        ctx.Say("updated the prompt and cleared the first message");

        // 4. Duplicate: a new agent with the same config (e.g. to try a change without touching the live one).
        Agent copy = await client.Agents.DuplicateAsync(agent.Id, ct);
        ctx.Say($"duplicated into {copy.Id}");

        // 5. List.
        IReadOnlyList<Agent> agents = await client.Agents.ListAsync(ct);
        ctx.Say($"{agents.Count} agent(s) on the account");

        // 6. Delete what this example made.
        await client.Agents.DeleteAsync(copy.Id, ct);
        await client.Agents.DeleteAsync(agent.Id, ct);
        ctx.Say("deleted both");
    }
}
