using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Campaigns;

public class CampaignsClientTests
{
    private const string CampaignJson = """{"id":"c-1","name":"Spring","status":"idle","records":[{"phone":"+15551234567","metadata":{},"call_status":"not_started"}],"created_at":1700000000}""";
    private const string InfoJson = """{"id":"c-1","name":"Spring","status":"started","created_at":1700000000,"caller":"+15550000000","include_metadata_in_prompt":true}""";
    private const string Ok = """{"success":true}""";

    [Test]
    public async Task CreateAsync_PostsTheName_AndReturnsTheCampaign()
    {
        using var api = new ApiStub().RespondJson(CampaignJson);

        var campaign = await api.Client.Campaigns.CreateAsync("Spring");

        api.Single.AssertShape("POST", "/campaigns", """{"name":"Spring"}""");
        Assert.That((campaign.Id, campaign.Status), Is.EqualTo(("c-1", CampaignStatus.Idle)));
    }

    [Test]
    public async Task ListAsync_GetsCampaigns_AndReturnsTheArray()
    {
        using var api = new ApiStub().RespondJson($"[{CampaignJson}]");

        var campaigns = await api.Client.Campaigns.ListAsync();

        api.Single.AssertShape("GET", "/campaigns");
        Assert.That(campaigns.Single().Records, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task GetAsync_GetsTheCampaign()
    {
        using var api = new ApiStub().RespondJson(CampaignJson);

        var campaign = await api.Client.Campaigns.GetAsync("c-1");

        api.Single.AssertShape("GET", "/campaigns/c-1");
        Assert.That(campaign.Name, Is.EqualTo("Spring"));
    }

    [Test]
    public async Task DeleteAsync_DeletesTheCampaign()
    {
        using var api = new ApiStub().RespondJson(Ok);

        await api.Client.Campaigns.DeleteAsync("c-1");

        api.Single.AssertShape("DELETE", "/campaigns/c-1");
    }

    [Test]
    public async Task GetInfoAsync_GetsTheInfo_AndReturnsIt()
    {
        using var api = new ApiStub().RespondJson(InfoJson);

        var info = await api.Client.Campaigns.GetInfoAsync("c-1");

        api.Single.AssertShape("GET", "/campaigns/c-1/info");
        Assert.That((info.Caller, info.IncludeMetadataInPrompt), Is.EqualTo(("+15550000000", (bool?)true)));
    }

    [Test]
    public async Task EditInfoAsync_PutsOnlyTheChanges_AndReturnsTheInfo()
    {
        using var api = new ApiStub().RespondJson(InfoJson);

        var info = await api.Client.Campaigns.EditInfoAsync("c-1", new CampaignEditRequest { IncludeMetadataInPrompt = true });

        api.Single.AssertShape("PUT", "/campaigns/c-1/info", """{"include_metadata_in_prompt":true}""");
        Assert.That(info.Status, Is.EqualTo(CampaignStatus.Started));
    }

    [Test]
    public async Task UploadRecordsAsync_PostsTheRecordsAsABareArray()
    {
        using var api = new ApiStub().RespondJson(Ok);

        await api.Client.Campaigns.UploadRecordsAsync("c-1",
        [
            new CampaignRecordCreate { Phone = "+15551234567", Metadata = new Dictionary<string, object> { ["name"] = "Ann" } },
            new CampaignRecordCreate { Phone = "+15557654321" },
        ]);

        api.Single.AssertShape("POST", "/campaigns/c-1/records", """[{"phone":"+15551234567","metadata":{"name":"Ann"}},{"phone":"+15557654321"}]""");
    }

    [Test]
    public async Task DeleteRecordAsync_EscapesThePhoneInThePath()
    {
        using var api = new ApiStub().RespondJson(Ok);

        await api.Client.Campaigns.DeleteRecordAsync("c-1", "+15551234567");

        api.Single.AssertShape("DELETE", "/campaigns/c-1/records/%2B15551234567");
    }

    [Test]
    public async Task SetCallerAsync_PostsTheCaller()
    {
        using var api = new ApiStub().RespondJson(Ok);

        await api.Client.Campaigns.SetCallerAsync("c-1", "+15550000000");

        api.Single.AssertShape("POST", "/campaigns/c-1/set_caller", """{"caller":"+15550000000"}""");
    }

    [Test]
    public async Task StartAsync_PostsWithoutBody()
    {
        using var api = new ApiStub().RespondJson(Ok);

        await api.Client.Campaigns.StartAsync("c-1");

        api.Single.AssertShape("POST", "/campaigns/c-1/start");
    }

    [Test]
    public async Task StopAsync_PostsWithoutBody()
    {
        using var api = new ApiStub().RespondJson(Ok);

        await api.Client.Campaigns.StopAsync("c-1");

        api.Single.AssertShape("POST", "/campaigns/c-1/stop");
    }
}
