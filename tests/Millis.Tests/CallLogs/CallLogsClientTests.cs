using Millis.CallLogs;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.CallLogs;

public class CallLogsClientTests
{
    private const string PageJson = """{"histories":[{"session_id":"s-1","call_status":"completed","duration":30.0}],"next_cursor":1699999000.5}""";

    [Test]
    public async Task ListAsync_WithoutFilter_GetsCallLogsWithNoQuery_AndReturnsThePage()
    {
        using var api = new ApiStub().RespondJson(PageJson);

        var page = await api.Client.CallLogs.ListAsync();

        api.Single.AssertShape("GET", "/call-logs");
        Assert.That(page.NextCursor, Is.EqualTo(1699999000.5));
        Assert.That(page.Histories.Single().CallStatus, Is.EqualTo((CallStatus?)CallStatus.Completed));
    }

    [Test]
    public async Task ListAsync_SendsEveryFilterUnderTheSpecNames()
    {
        using var api = new ApiStub().RespondJson("""{"histories":[]}""");
        var filter = new CallLogFilter
        {
            Limit = 50,
            From = DateTimeOffset.FromUnixTimeSeconds(1700000000),
            To = DateTimeOffset.FromUnixTimeSeconds(1700003600),
            AgentId = "agent-1",
            Status = CallStatus.Completed,
            PhoneNumber = "+15551234567",
            CampaignId = "c-1",
        };

        await api.Client.CallLogs.ListAsync(filter, cursor: CallLogCursor.Parse("1699999999.25"));

        api.Single.AssertShape("GET",
            "/call-logs?limit=50&start_after_ts=1699999999.25&start_time=1700000000&end_time=1700003600&agent_id=agent-1&call_status=completed&phone_number=%2B15551234567&campaign_id=c-1");
    }

    [Test]
    public void ListAsync_RejectsALimitAboveOneHundredBeforeSending()
    {
        using var api = new ApiStub();

        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => api.Client.CallLogs.ListAsync(new CallLogFilter { Limit = 101 }));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public async Task GetAsync_GetsTheSessionLog()
    {
        using var api = new ApiStub().RespondJson("""{"session_id":"s-1","chat":"hello","campaign_id":"c-1"}""");

        var log = await api.Client.CallLogs.GetAsync("s-1");

        api.Single.AssertShape("GET", "/call-logs/s-1");
        Assert.That((log.SessionId, log.Chat, log.CampaignId), Is.EqualTo(("s-1", "hello", "c-1")));
    }

    [Test]
    public async Task DeleteRecordingAsync_DeletesTheRecording()
    {
        using var api = new ApiStub().RespondJson("""{"success":true}""");

        await api.Client.CallLogs.DeleteRecordingAsync("s-1");

        api.Single.AssertShape("DELETE", "/call-logs/s-1/recording");
    }
}
