// Task: call a list of people. Create a campaign, choose the number it calls from, upload the records (one per callee,
// with metadata the agent can use), start it, watch its status, stop it, and clean up.
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class CampaignsExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var client = ctx.Client;
        var ct = ctx.CancellationToken;

        Campaign campaign = await client.Campaigns.CreateAsync("Spring check-up reminders", ct);
        ctx.Say($"created campaign {campaign.Id} ({campaign.Status})");

        // The caller is one of your numbers with an agent attached: that agent talks to every callee.
        await client.Campaigns.SetCallerAsync(campaign.Id, "+15551234567", ct);

        CampaignRecordCreate[] records =
        [
            new() { Phone = "+15557650001", Metadata = new Dictionary<string, object> { ["name"] = "Ada", ["last_visit"] = "2025-10-02" } },
            new() { Phone = "+15557650002", Metadata = new Dictionary<string, object> { ["name"] = "Grace", ["last_visit"] = "2025-11-15" } },
        ];
        await client.Campaigns.UploadRecordsAsync(campaign.Id, records, ct);
        ctx.Say($"uploaded {records.Length} record(s)");

        // Let the agent see each record's metadata in its prompt.
        await client.Campaigns.EditInfoAsync(campaign.Id, new CampaignEditRequest { IncludeMetadataInPrompt = true }, ct);

        await client.Campaigns.StartAsync(campaign.Id, ct);
        CampaignInfo info = await client.Campaigns.GetInfoAsync(campaign.Id, ct);
        ctx.Say($"started: status {info.Status}, caller {info.Caller}");

        Campaign progress = await client.Campaigns.GetAsync(campaign.Id, ct);
        foreach (var record in progress.Records ?? [])
        {
            ctx.Say($"  {record.Phone}: {record.CallStatus}");
        }

        await client.Campaigns.StopAsync(campaign.Id, ct);
        ctx.Say("stopped");

        await client.Campaigns.DeleteRecordAsync(campaign.Id, records[1].Phone!, ct);
        IReadOnlyList<Campaign> campaigns = await client.Campaigns.ListAsync(ct);
        ctx.Say($"{campaigns.Count} campaign(s) on the account");
        await client.Campaigns.DeleteAsync(campaign.Id, ct);
        ctx.Say("deleted the campaign");
    }
}
