using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

public class DiagnosticsTests
{
    private const string PhoneJson = """{"id":"+15551234567","create_at":1.0,"status":"active"}""";

    [Test]
    public async Task EachAttempt_LogsMethodPathTemplateStatusAndAttempt_NeverTheNumber()
    {
        // Advance only once the retry's timer exists: advancing on the retry log event raced the timer's creation
        // (the event is logged before the wait starts), which left the timer due after the advanced time, never firing.
        var time = new SignallingTimeProvider();
        var logs = new CapturingLoggerFactory();
        using var api = new ApiStub(o => { o.LoggerFactory = logs; o.TimeProvider = time; o.MaxRetries = 2; o.Timeout = Timeout.InfiniteTimeSpan; })
            .RespondWith(i => i == 0 ? ApiStub.Json("{}", HttpStatusCode.ServiceUnavailable) : ApiStub.Json(PhoneJson));

        var call = api.Client.Phones.GetAsync("+15551234567");
        time.Advance(await time.WhenRetryArmedAsync().Bounded());
        await call.Bounded();

        var attempts = logs.Entries.Where(e => e.EventId.Id == 1).ToList();
        Assert.That(attempts.Select(e => (e["Method"], e["PathTemplate"], e["StatusCode"], e["Attempt"])), Is.EqualTo(new[]
        {
            ((object?)"GET", (object?)"/phones/{phone}", (object?)503, (object?)1),
            ("GET", "/phones/{phone}", 200, 2),
        }));
        Assert.That(attempts.Select(e => e.Level), Is.All.EqualTo(LogLevel.Debug));
        Assert.That(logs.AllText, Does.Not.Contain("15551234567"));
    }

    [Test]
    public async Task EachOperation_IsOneActivityWithMethodTemplateAndOperationTags()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Millis",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (stopped) { stopped.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var time = new SignallingTimeProvider();
        using var api = new ApiStub(o => { o.TimeProvider = time; o.MaxRetries = 2; o.Timeout = Timeout.InfiniteTimeSpan; })
            .RespondWith(i => i == 0 ? ApiStub.Json("{}", HttpStatusCode.ServiceUnavailable) : ApiStub.Json(PhoneJson));

        var call = api.Client.Phones.GetAsync("+15551234567");
        time.Advance(await time.WhenRetryArmedAsync().Bounded());
        await call.Bounded();

        List<Activity> mine;
        lock (stopped)
        {
            mine = stopped.Where(a => (string?)a.GetTagItem("millis.operation") == "PhonesGet").ToList();
        }

        Assert.That(mine, Has.Count.EqualTo(1), "one activity for the operation, however many attempts");
        var activity = mine[0];
        Assert.That(activity.GetTagItem("http.request.method"), Is.EqualTo("GET"));
        Assert.That(activity.GetTagItem("url.template"), Is.EqualTo("/phones/{phone}"));
        Assert.That(activity.GetTagItem("http.request.resend_count"), Is.EqualTo(1));
        Assert.That(activity.Kind, Is.EqualTo(ActivityKind.Client));
        Assert.That(activity.Tags.Select(t => t.Value), Has.None.Contains("15551234567"));
    }

    [Test]
    public void FailedOperation_MarksTheActivityAsAnErrorWithItsStatus()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Millis",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (stopped) { stopped.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        using var api = new ApiStub().RespondWith(_ => ApiStub.Json("""{"detail":"nope"}""", HttpStatusCode.NotFound));

        Assert.ThrowsAsync<MillisNotFoundException>(() => api.Client.Campaigns.GetAsync("c-404"));

        Activity activity;
        lock (stopped)
        {
            activity = stopped.Single(a => (string?)a.GetTagItem("millis.operation") == "CampaignsGet");
        }

        Assert.That(activity.Status, Is.EqualTo(ActivityStatusCode.Error));
        Assert.That(activity.GetTagItem("http.response.status_code"), Is.EqualTo(404));
        Assert.That(activity.GetTagItem("error.type"), Is.EqualTo(nameof(MillisNotFoundException)));
    }
}
