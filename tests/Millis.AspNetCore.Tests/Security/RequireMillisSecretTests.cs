using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Millis.AspNetCore.Tests.TestSupport;

namespace Millis.AspNetCore.Tests.Security;

public class RequireMillisSecretTests
{
    private int _handlerRuns;

    [SetUp]
    public void Reset() => _handlerRuns = 0;

    [Test]
    public async Task RequestWithoutTheSecretGets401AndTheHandlerNeverRuns()
    {
        await using var app = await StartProtectedAsync();

        var response = await app.Millis(secret: null).SendPrefetchAsync("/prefetch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public async Task RequestWithAWrongSecretGets401()
    {
        await using var app = await StartProtectedAsync();

        var response = await app.Millis("not-the-secret").SendPrefetchAsync("/prefetch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public async Task RequestWithTheSecretReachesTheHandler()
    {
        await using var app = await StartProtectedAsync();

        var response = await app.Millis(TestApp.Secret).SendPrefetchAsync("/prefetch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_handlerRuns, Is.EqualTo(1));
    }

    [Test]
    public async Task PreviousSecretIsStillAcceptedDuringRotation()
    {
        await using var app = await StartProtectedAsync(b => b.Services.Configure<MillisWebhookOptions>(o => o.Secrets = new List<string> { "new-secret", "old-secret" }));

        var withOld = await app.Millis("old-secret").SendPrefetchAsync("/prefetch");
        var withNew = await app.Millis("new-secret").SendPrefetchAsync("/prefetch");

        Assert.That(new[] { withOld.StatusCode, withNew.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SecretOnAGroupProtectsEveryEndpointInIt()
    {
        await using var app = await TestApp.StartAsync(a =>
        {
            var group = a.MapGroup("/millis").RequireMillisSecret();
            group.MapMillisPrefetch("/prefetch", () => Interlocked.Increment(ref _handlerRuns));
            group.MapMillisSessionData("/end", (SessionDataEvent e) => Interlocked.Increment(ref _handlerRuns));
        });

        var prefetch = await app.Millis(secret: null).SendPrefetchAsync("/millis/prefetch");
        var end = await app.Millis(secret: null).SendSessionDataAsync("/millis/end");

        Assert.That(new[] { prefetch.StatusCode, end.StatusCode }, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(_handlerRuns, Is.Zero);
    }

    [Test]
    public async Task SecretIsCheckedBeforeTheBodyIsRead()
    {
        await using var app = await TestApp.StartAsync(a =>
            a.MapMillisSessionData("/end", (SessionDataEvent e) => Interlocked.Increment(ref _handlerRuns)).RequireMillisSecret());

        var response = await app.Millis(secret: null).SendRawAsync(HttpMethod.Post, "/end", "{not json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "a malformed body from an unauthenticated caller must not get a 400 problem");
    }

    [Test]
    public async Task HeaderNameIsConfigurable()
    {
        await using var app = await StartProtectedAsync(b => b.Services.Configure<MillisWebhookOptions>(o => o.HeaderName = "X-Agent-Key"));
        var simulator = new Millis.AspNetCore.Testing.MillisWebhookSimulator(app.Client, TestApp.Secret, "X-Agent-Key");

        var custom = await simulator.SendPrefetchAsync("/prefetch");
        var defaultHeader = await app.Millis(TestApp.Secret).SendPrefetchAsync("/prefetch");

        Assert.That(custom.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(defaultHeader.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task SecretsBindFromTheMillisWebhooksConfigurationSection()
    {
        await using var app = await TestApp.StartAsync(
            a => a.MapMillisPrefetch("/prefetch", () => Interlocked.Increment(ref _handlerRuns)).RequireMillisSecret(),
            b =>
            {
                b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Millis:Webhooks:HeaderName"] = "X-From-Config",
                    ["Millis:Webhooks:Secrets:0"] = "configured-new",
                    ["Millis:Webhooks:Secrets:1"] = "configured-old",
                });
                b.Services.AddMillisWebhooks(b.Configuration);
            },
            addMillis: false);

        var response = await new Millis.AspNetCore.Testing.MillisWebhookSimulator(app.Client, "configured-old", "X-From-Config").SendPrefetchAsync("/prefetch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task WithNoSecretConfiguredEveryRequestIsRefused()
    {
        await using var app = await TestApp.StartAsync(
            a => a.MapMillisPrefetch("/prefetch", () => Interlocked.Increment(ref _handlerRuns)).RequireMillisSecret(),
            b => b.Services.AddMillisWebhooks(_ => { }),
            addMillis: false);

        var response = await app.Millis("anything").SendPrefetchAsync("/prefetch");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(app.Logs.AtLeast(LogLevel.Error).Select(e => e.Message), Has.Some.Contains("no secret is configured"));
    }

    [Test]
    public async Task ComparisonGoesThroughTheRegisteredComparer()
    {
        var recorder = new RecordingComparer();
        await using var app = await StartProtectedAsync(b => b.Services.AddSingleton<IMillisSecretComparer>(recorder));

        await app.Millis("presented-value").SendPrefetchAsync("/prefetch");

        Assert.That(recorder.Calls, Is.EqualTo(new[] { ("presented-value", TestApp.Secret) }));
    }

    [Test]
    public async Task EveryConfiguredSecretIsComparedEvenAfterAMatch()
    {
        var recorder = new RecordingComparer();
        await using var app = await StartProtectedAsync(b =>
        {
            b.Services.Configure<MillisWebhookOptions>(o => o.Secrets = new List<string> { "first", "second" });
            b.Services.AddSingleton<IMillisSecretComparer>(recorder);
        });

        await app.Millis("first").SendPrefetchAsync("/prefetch");

        Assert.That(recorder.Calls.Select(c => c.Expected), Is.EqualTo(new[] { "first", "second" }), "no early exit: the timing does not tell which secret matched");
    }

    [Test]
    public async Task DefaultComparerIsTheFixedTimeOne()
    {
        await using var app = await StartProtectedAsync();

        Assert.That(app.Services.GetRequiredService<IMillisSecretComparer>(), Is.TypeOf<FixedTimeMillisSecretComparer>());
    }

    [Test]
    public async Task NeitherTheSecretNorAWrongOneIsEverLogged()
    {
        await using var app = await StartProtectedAsync();

        await app.Millis(TestApp.Secret).SendPrefetchAsync("/prefetch");
        await app.Millis("wrong-secret-value").SendPrefetchAsync("/prefetch");

        var logs = app.Logs.AllText();
        Assert.That(logs, Does.Not.Contain(TestApp.Secret).And.Not.Contain("wrong-secret-value"));
    }

    private Task<TestApp> StartProtectedAsync(Action<WebApplicationBuilder>? configure = null) =>
        TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", () => Interlocked.Increment(ref _handlerRuns)).RequireMillisSecret(), configure);

    private sealed class RecordingComparer : IMillisSecretComparer
    {
        public List<(string Presented, string Expected)> Calls { get; } = new();

        public bool SecretsMatch(string presented, string expected)
        {
            lock (Calls)
            {
                Calls.Add((presented, expected));
            }

            return presented == expected;
        }
    }
}
