// Task: choose a voice. List the stock voices for a language and your custom (cloned) voices, pick one, and use it.
using Millis.Agents;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class VoicesExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var client = ctx.Client;
        var ct = ctx.CancellationToken;

        IReadOnlyList<VoiceOption> voices = await client.Voices.ListAsync("en", ct);
        foreach (var group in voices.GroupBy(v => v.Provider))
        {
            ctx.Say($"{group.Key}: {group.Count()} voice(s), e.g. {group.First().Name} ({group.First().VoiceId})");
        }

        IReadOnlyList<VoiceOption> custom = await client.Voices.ListCustomAsync("en", ct);
        ctx.Say($"custom voices: {custom.Count}");

        // Prefer a custom voice, else the first stock one; a provider this SDK does not know yet still works (VoiceProvider is extensible).
        var chosen = custom.FirstOrDefault() ?? voices.FirstOrDefault();
        if (chosen is null)
        {
            ctx.Say("no voices returned");
            return;
        }

        ctx.Say($"chosen: {chosen.Name} via {chosen.Provider} (preview: {chosen.PreviewUrl ?? "none"})");
        var config = new AgentConfigBuilder()
            .WithPrompt("You read the news in a calm voice.")
            .WithVoice(chosen.Provider, chosen.VoiceId, chosen.Model)
            .Build();
        ctx.Say($"agent config uses voice {config.Voice.Provider}/{config.Voice.VoiceId}");
    }
}
