// Task: give an agent a phone number. Buy one, or import one you own at a telephony provider (one request type per
// provider), attach an agent, override parts of its config for that number only, tag the number, and clean up.
using Millis.Agents;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class PhonesExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var client = ctx.Client;
        var ct = ctx.CancellationToken;

        // Buy a number (charged to your account). The response shape is not documented: MillisResult keeps it as JSON.
        MillisResult bought = await client.Phones.PurchaseAsync(new PurchasePhoneNumberRequest { Country = "US", AreaCode = "415" }, ct);
        ctx.Say($"purchase answered: {bought}");

        // Import a number per provider. Each provider has its own request type; PhoneImportRequest converts from each.
        PhoneImportRequest[] imports =
        [
            new ImportTwilioRequest { Phone = "+15550000001", Country = "US", Region = "us-west", AccountSid = "AC-your-sid", ApiKey = "SK-your-key", ApiSecret = "your-secret" },
            new ImportVonageRequest { Phone = "+15550000002", Country = "US", Region = "us-west", ApiKey = "your-key", ApiSecret = "your-secret", AppId = "your-app-id" },
            new ImportPlivoRequest { Phone = "+15550000003", Country = "US", Region = "us-west", AuthId = "your-auth-id", AuthToken = "your-token" },
            new ImportTelnyxRequest { Phone = "+15550000004", Country = "US", Region = "us-west", ApiKey = "your-key" },
            new ImportExotelRequest { Phone = "+915550000005", Country = "IN", Region = "in", ApiKey = "your-key", ApiToken = "your-token", Sid = "your-sid", Subdomain = "api.exotel.com", AppId = "your-app" },
        ];
        foreach (var import in imports)
        {
            await client.Phones.ImportAsync(import, ct);
            ctx.Say($"imported {import.Phone} from {import.Provider}");   // ToString/logs never show the credentials
        }

        var phone = imports[0].Phone!;

        // Attach an agent: calls to this number are answered by it (null detaches).
        var agent = await client.Agents.CreateAsync("Phone line agent", new AgentConfigBuilder()
            .WithPrompt("You answer the main line.")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM"))
            .Build(), ct);
        await client.Phones.SetAgentAsync(phone, agent.Id, ct);
        ctx.Say($"attached agent {agent.Id} to {phone}");

        // Override part of the agent's config for this number only (a partial config: only what is set is sent).
        PartialAgentConfig overrideForThisLine = new PartialAgentConfigBuilder()
            .WithFirstMessage("Thanks for calling our San Francisco office!")
            .WithTimezone("America/Los_Angeles")
            .Build();
        await client.Phones.SetAgentConfigOverrideAsync(phone, overrideForThisLine, ct);
        ctx.Say("set a first-message and timezone override for the number");

        // Tags replace the number's tag list.
        await client.Phones.UpdateTagsAsync(phone, ["sales", "west"], ct);

        Phone read = await client.Phones.GetAsync(phone, ct);
        ctx.Say($"{read.Id}: status {read.Status}, agent {read.AgentId}, tags [{string.Join(", ", read.Tags ?? [])}]");

        IReadOnlyList<Phone> all = await client.Phones.ListAsync(ct);
        ctx.Say($"{all.Count} number(s) on the account");

        // Clean up: release the imported numbers and delete the agent.
        foreach (var import in imports)
        {
            await client.Phones.DeleteAsync(import.Phone!, ct);
        }

        await client.Agents.DeleteAsync(agent.Id, ct);
        ctx.Say("removed the imported numbers and the agent");
    }
}
