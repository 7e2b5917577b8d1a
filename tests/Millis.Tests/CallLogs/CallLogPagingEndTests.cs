using Millis.CallLogs;
using RichardSzalay.MockHttp;
using static Millis.Tests.CallLogs.CallLogMock;

namespace Millis.Tests.CallLogs;

/// <summary>Each condition that ends a call-log walk, counted in requests sent.</summary>
[CancelAfter(10_000)]
public class CallLogPagingEndTests
{
    [Test]
    public async Task NextCursorZeroEndsTheWalkAfterThatPage()
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When(HttpMethod.Get, Url).Respond("application/json", """{"histories":[{"session_id":"s1"}],"next_cursor":0}""");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "s1" }));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(1));
    }

    [Test]
    public async Task AnAbsentNextCursorEndsTheWalkAfterThatPage()
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When(HttpMethod.Get, Url).Respond("application/json", """{"histories":[{"session_id":"s1"},{"session_id":"s2"}]}""");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "s1", "s2" }));
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(1));
    }

    [Test]
    public async Task APageWithNullHistoriesYieldsNothingAndEndsTheWalk()
    {
        using var mock = new MockHttpMessageHandler();
        var any = mock.When(HttpMethod.Get, Url).Respond("application/json", """{"histories":null,"next_cursor":42}""");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.Empty);
        Assert.That(mock.GetMatchCount(any), Is.EqualTo(1));
    }

    [Test]
    public async Task ALaterPageWithNullHistoriesKeepsTheEarlierItems()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", """{"histories":[{"session_id":"s1"}],"next_cursor":9}""");
        var second = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "9").Respond("application/json", """{"histories":null,"next_cursor":8}""");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "s1" }));
        Assert.That(mock.GetMatchCount(second), Is.EqualTo(1));
    }

    [Test]
    public async Task ACursorThatJumpsBackUpEndsTheWalkInsteadOfReplayingPages()
    {
        using var mock = new MockHttpMessageHandler();
        mock.When(HttpMethod.Get, Url).WithExactQueryString("").Respond("application/json", """{"histories":[{"session_id":"a"}],"next_cursor":100}""");
        mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "100").Respond("application/json", """{"histories":[{"session_id":"b"}],"next_cursor":50}""");
        mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "50").Respond("application/json", """{"histories":[{"session_id":"c"}],"next_cursor":80}""");
        var replay = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "80").Respond("application/json", """{"histories":[{"session_id":"b-again"}],"next_cursor":50}""");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync()), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(mock.GetMatchCount(replay), Is.EqualTo(0));
    }

    [Test]
    public async Task AWalkResumedFromAStoredCursorEndsWhenTheServerSendsThatCursorBack()
    {
        using var mock = new MockHttpMessageHandler();
        var resumed = mock.When(HttpMethod.Get, Url).WithQueryString("start_after_ts", "70").Respond("application/json", """{"histories":[{"session_id":"x"}],"next_cursor":70}""");
        using var client = CreateClient(mock);

        Assert.That(await SessionIds(client.CallLogs.ListAllAsync(startAfter: CallLogCursor.Parse("70"))), Is.EqualTo(new[] { "x" }));
        Assert.That(mock.GetMatchCount(resumed), Is.EqualTo(1));
    }
}
