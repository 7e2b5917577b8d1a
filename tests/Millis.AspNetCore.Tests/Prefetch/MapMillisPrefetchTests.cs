using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Millis.AspNetCore.Testing;
using Millis.AspNetCore.Tests.TestSupport;

namespace Millis.AspNetCore.Tests.Prefetch;

public class MapMillisPrefetchTests
{
    [Test]
    public async Task BindsSessionAgentAndPhoneNumbersFromTheQuery()
    {
        PrefetchRequest? seen = null;
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r) => { seen = r; }));

        await app.Millis().SendPrefetchAsync("/prefetch", new SimulatedPrefetch { SessionId = "s-1", AgentId = "a-1", From = "+15555550100", To = "+15555550199" });

        Assert.That(seen, Is.Not.Null);
        Assert.That((seen!.SessionId, seen.AgentId, seen.From, seen.To), Is.EqualTo(("s-1", "a-1", "+15555550100", "+15555550199")));
    }

    [Test]
    public async Task EveryOtherQueryKeyIsMetadata()
    {
        PrefetchRequest? seen = null;
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r) => { seen = r; }));

        await app.Millis().SendPrefetchAsync("/prefetch", new SimulatedPrefetch { Metadata = new Dictionary<string, string> { ["name"] = "John", ["tier"] = "gold" } });

        Assert.That(seen!.Metadata, Is.EqualTo(new Dictionary<string, string> { ["name"] = "John", ["tier"] = "gold" }));
    }

    [Test]
    public async Task WebCallWithoutPhoneNumbersHasNullFromAndTo()
    {
        PrefetchRequest? seen = null;
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r) => { seen = r; }));

        await app.Millis().SendPrefetchAsync("/prefetch", new SimulatedPrefetch { From = null, To = null });

        Assert.That((seen!.From, seen.To), Is.EqualTo(((string?)null, (string?)null)));
    }

    [Test]
    public async Task ResponseIsWrittenWithMillisFieldNames()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r) =>
            new PrefetchResponse { ExtraPrompt = "The caller is a gold customer.", Metadata = new Dictionary<string, object?> { ["tier"] = "gold" } }));

        var response = await app.Millis().SendPrefetchAsync("/prefetch");

        Assert.That(response.Json.GetRawText(), Is.EqualTo("{\"metadata\":{\"tier\":\"gold\"},\"extra_prompt\":\"The caller is a gold customer.\"}"));
    }

    [Test]
    public async Task HandlerReturningNullAnswersAnEmptyObject()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r) => (PrefetchResponse?)null));

        var response = await app.Millis().SendPrefetchAsync("/prefetch");

        Assert.That((response.StatusCode, response.Body), Is.EqualTo((HttpStatusCode.OK, "{}")));
    }

    [Test]
    public async Task HandlerReturningNothingAnswersAnEmptyObject()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", async (PrefetchRequest r) => await Task.Yield()));

        var response = await app.Millis().SendPrefetchAsync("/prefetch");

        Assert.That(response.Body, Is.EqualTo("{}"));
    }

    [Test]
    public async Task HandlerCanTakeServicesBesideTheRequest()
    {
        await using var app = await TestApp.StartAsync(
            a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r, Greeter greeter) => new PrefetchResponse { ExtraPrompt = greeter.Greet(r.Metadata["name"]) }),
            b => b.Services.AddSingleton<Greeter>());

        var response = await app.Millis().SendPrefetchAsync("/prefetch", new SimulatedPrefetch { Metadata = new Dictionary<string, string> { ["name"] = "Ada" } });

        Assert.That(response.ReadPrefetchResponse()!.ExtraPrompt, Is.EqualTo("Greet Ada by name."));
    }

    // ASP.NET Core's own request log (Microsoft.AspNetCore.Hosting.Diagnostics) prints the query string at Information;
    // the README tells users to raise that category. This package itself must not log the numbers.
    [Test]
    public async Task PhoneNumbersAreNotLoggedByThePackage()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisPrefetch("/prefetch", (PrefetchRequest r) => new PrefetchResponse()));

        await app.Millis().SendPrefetchAsync("/prefetch", new SimulatedPrefetch { From = "+15555550123" });

        Assert.That(app.Logs.MillisText(), Does.Not.Contain("5555550123"));
    }

    public sealed class Greeter
    {
        public string Greet(string name) => $"Greet {name} by name.";
    }
}
