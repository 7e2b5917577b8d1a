using System.Net;
using Millis.CallLogs;
using Millis.Models;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;
using static Millis.Tests.CallLogs.CallLogMock;

namespace Millis.Tests.CallLogs;

/// <summary>Auto-pagination of GET /call-logs over next_cursor → start_after_ts.</summary>
[CancelAfter(10_000)]
public class CallLogPaginationTests
{
    private static string Page(double? nextCursor, params string[] sessionIds)
    {
        var page = new JObject
        {
            ["histories"] = new JArray(sessionIds.Select(id => new JObject { ["session_id"] = id, ["ts"] = 1_700_000_000 })),
        };
        if (nextCursor is not null)
        {
            page["next_cursor"] = nextCursor;
        }

        return page.ToString();
    }

    [Test]
    public async Task ThreePagesThenNoCursorYieldEveryItemInOrderSendingEachCursorBack()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, Url).WithExactQueryString("limit=2").Respond("application/json", Page(1700000100.5, "s1", "s2"));
        mock.Expect(HttpMethod.Get, Url).WithExactQueryString("limit=2&start_after_ts=1700000100.5").Respond("application/json", Page(1700000050, "s3", "s4"));
        mock.Expect(HttpMethod.Get, Url).WithExactQueryString("limit=2&start_after_ts=1700000050").Respond("application/json", Page(null, "s5"));
        using var client = CreateClient(mock);

        var ids = await SessionIds(client.CallLogs.ListAllAsync(new CallLogFilter { Limit = 2 }));

        Assert.That(ids, Is.EqualTo(new[] { "s1", "s2", "s3", "s4", "s5" }));
        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task PagesAreFetchedOnlyWhenTheEnumerationReachesThem()
    {
        using var mock = new MockHttpMessageHandler();
        var first = mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(10, "s1", "s2"));
        var second = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "10").Respond("application/json", Page(null, "s3"));
        using var client = CreateClient(mock);

        var logs = client.CallLogs.ListAllAsync();
        Assert.That(mock.GetMatchCount(first), Is.EqualTo(0), "nothing is sent before the enumeration starts");

        await using var e = logs.GetAsyncEnumerator();
        Assert.That(await e.MoveNextAsync(), Is.True);
        Assert.That(await e.MoveNextAsync(), Is.True);
        Assert.That((mock.GetMatchCount(first), mock.GetMatchCount(second)), Is.EqualTo((1, 0)));
        Assert.That(await e.MoveNextAsync(), Is.True);
        Assert.That(e.Current.SessionId, Is.EqualTo("s3"));
        Assert.That(await e.MoveNextAsync(), Is.False);
        Assert.That((mock.GetMatchCount(first), mock.GetMatchCount(second)), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task AnExplicitNullCursorEndsThePaging()
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When(HttpMethod.Get, Url).Respond("application/json", "{\"histories\":[{\"session_id\":\"s1\"}],\"next_cursor\":null}");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "s1" }));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(1));
    }

    [Test]
    public async Task ACursorOfZeroEndsThePaging_InsteadOfRestartingFromTheNewest()
    {
        using var mock = new MockHttpMessageHandler();
        var first = mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(9, "s1"));
        var second = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "9").Respond("application/json", Page(0, "s2"));
        var restart = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "0").Respond("application/json", Page(9, "s1"));
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That((mock.GetMatchCount(first), mock.GetMatchCount(second), mock.GetMatchCount(restart)), Is.EqualTo((1, 1, 0)));
    }

    [Test]
    public async Task APageWhoseCursorIsZeroHasNoNext()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Url).Respond("application/json", Page(0, "s1"));
        using var client = CreateClient(mock);

        var page = await client.CallLogs.ListAsync();

        Assert.That(page.Next, Is.Null);
    }

    [Test]
    public async Task AStoredCursorResumesTheWalkAfterIt()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(1700000100.25, "s1"));
        mock.Expect(HttpMethod.Get, Url).WithExactQueryString("start_after_ts=1700000100.25").Respond("application/json", Page(null, "s2", "s3"));
        using var client = CreateClient(mock);
        var stored = (await client.CallLogs.ListAsync()).Next!.ToString();

        var ids = await SessionIds(client.CallLogs.ListAllAsync(startAfter: CallLogCursor.Parse(stored)));

        Assert.That(ids, Is.EqualTo(new[] { "s2", "s3" }));
        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task AnEmptyFirstPageEndsAtOnceEvenWithACursor()
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When(HttpMethod.Get, Url).Respond("application/json", Page(123));
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.Empty);
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(1));

        var pages = new List<CallLogPage>();
        await foreach (var page in client.CallLogs.ListPagesAsync())
        {
            pages.Add(page);
        }

        Assert.That(pages, Has.Count.EqualTo(1));
        Assert.That(pages[0].Histories, Is.Empty);
    }

    [Test]
    public async Task ARepeatedCursorStopsThePagingInsteadOfLoopingForever()
    {
        using var mock = new MockHttpMessageHandler();
        var first = mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(5, "s1"));
        var again = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "5").Respond("application/json", Page(5, "s2"));
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That((mock.GetMatchCount(first), mock.GetMatchCount(again)), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task ACursorCycleStopsThePaging()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(5, "a"));
        mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "5").Respond("application/json", Page(4, "b"));
        mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "4").Respond("application/json", Page(5, "c"));
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "a", "b", "c" }));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(101)]
    public void ALimitOutOfRangeIsRejectedBeforeSending(int limit)
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When("*").Respond("application/json", Page(null));
        using var client = CreateClient(mock);
        var filter = new CallLogFilter { Limit = limit };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => client.CallLogs.ListAllAsync(filter));
        Assert.That(ex!.ParamName, Is.EqualTo("Limit"));
        Assert.Throws<ArgumentOutOfRangeException>(() => client.CallLogs.ListPagesAsync(filter));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(0));
    }

    [TestCase(1)]
    [TestCase(100)]
    public async Task LimitsAtTheEdgesAreAccepted(int limit)
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When(HttpMethod.Get, Url).WithQueryString("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)).Respond("application/json", Page(null, "s"));
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync(new CallLogFilter { Limit = limit })), Has.Count.EqualTo(1));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(1));
    }

    [Test]
    public async Task FiltersGoToTheirQueryParametersOnEveryPage()
    {
        using var mock = new MockHttpMessageHandler();
        var filters = new Dictionary<string, string>
        {
            ["limit"] = "50",
            ["start_time"] = "1704164645.25",
            ["end_time"] = "1704251045",
            ["agent_id"] = "agent-1",
            ["call_status"] = "user-ended",
            ["phone_number"] = "+15551234567",
            ["campaign_id"] = "camp-9",
        };
        var first = mock.Expect(HttpMethod.Get, Url).WithExactQueryString(filters).Respond("application/json", Page(1704200000, "s1"));
        var second = mock.Expect(HttpMethod.Get, Url).WithExactQueryString(new Dictionary<string, string>(filters) { ["start_after_ts"] = "1704200000" }).Respond("application/json", Page(null, "s2"));
        using var client = CreateClient(mock);
        var filter = new CallLogFilter
        {
            Limit = 50,
            From = new DateTimeOffset(2024, 1, 2, 3, 4, 5, 250, TimeSpan.Zero),
            To = new DateTimeOffset(2024, 1, 3, 4, 4, 5, TimeSpan.FromHours(1)),
            AgentId = "agent-1",
            Status = CallStatus.UserEnded,
            PhoneNumber = "+15551234567",
            CampaignId = "camp-9",
        };

        var logs = client.CallLogs.ListAllAsync(filter);
        filter.AgentId = "changed-after-the-call";
        filter.Limit = 7;

        Assert.That(await SessionIds(logs), Is.EqualTo(new[] { "s1", "s2" }));
        mock.VerifyNoOutstandingExpectation();
    }

    [Test]
    public async Task PagesCarryTheirCursor()
    {
        using var mock = new MockHttpMessageHandler();
        mock.Expect(HttpMethod.Get, Url).Respond("application/json", Page(9, "s1"));
        mock.Expect(HttpMethod.Get, Url).WithQueryString("start_after_ts", "9").Respond("application/json", Page(null, "s2", "s3"));
        using var client = CreateClient(mock);

        var pages = new List<CallLogPage>();
        await foreach (var page in client.CallLogs.ListPagesAsync())
        {
            pages.Add(page);
        }

        Assert.That(pages.Select(p => (p.Histories.Count, p.NextCursor)), Is.EqualTo(new (int, double?)[] { (1, 9), (2, null) }));
    }

    [Test]
    public void CancellingBetweenPagesSendsNoFurtherRequest()
    {
        using var mock = new MockHttpMessageHandler();
        var first = mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(9, "s1"));
        var second = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "9").Respond("application/json", Page(null, "s2"));
        using var client = CreateClient(mock);
        using var cts = new CancellationTokenSource();

        Assert.That(async () =>
        {
            await foreach (var log in client.CallLogs.ListAllAsync(cancellationToken: cts.Token))
            {
                cts.Cancel();
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That((mock.GetMatchCount(first), mock.GetMatchCount(second)), Is.EqualTo((1, 0)));
    }

    [Test]
    public void AnErrorOnALaterPageSurfacesAfterTheEarlierItems()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", Page(9, "s1"));
        mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "9").Respond(HttpStatusCode.NotFound, "application/json", "{\"detail\":\"gone\"}");
        using var client = CreateClient(mock);

        var seen = new List<string?>();
        var ex = Assert.ThrowsAsync<MillisNotFoundException>(async () =>
        {
            await foreach (var log in client.CallLogs.ListAllAsync())
            {
                seen.Add(log.SessionId);
            }
        });

        Assert.That(seen, Is.EqualTo(new[] { "s1" }));
        Assert.That(ex!.Detail, Is.EqualTo("gone"));
    }
}
