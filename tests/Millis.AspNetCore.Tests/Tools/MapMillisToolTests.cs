using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Millis.AspNetCore.Testing;
using Millis.AspNetCore.Tests.TestSupport;

namespace Millis.AspNetCore.Tests.Tools;

public class MapMillisToolTests
{
    private static readonly MillisToolDefinition<LookupOrder> Lookup =
        MillisToolDefinition.Create<LookupOrder>("lookup_order", "Finds an order").WithUrl("/tools/lookup_order");

    private LookupOrder? _args;
    private MillisToolContext? _context;
    private int _runs;

    [Test]
    public async Task ArgumentsBindFromAJsonBody()
    {
        await using var app = await StartAsync();

        await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 2, Express = true });

        Assert.That((_args!.OrderId, _args.Quantity, _args.Express), Is.EqualTo(("A-1", 2, (bool?)true)));
    }

    [Test]
    public async Task ArgumentsBindFromTheQueryStringWithTheirTypes()
    {
        await using var app = await StartAsync();

        await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-2", Quantity = 3, Express = false }, new SimulatedToolCall { Method = "GET" });

        Assert.That((_args!.OrderId, _args.Quantity, _args.Express), Is.EqualTo(("A-2", 3, (bool?)false)));
    }

    [Test]
    public async Task ArgumentsNestedUnderParamsBind()
    {
        await using var app = await StartAsync();

        await app.Millis().SendRawAsync(HttpMethod.Post, "/tools/lookup_order", "{\"name\":\"lookup_order\",\"params\":{\"order_id\":\"A-3\",\"quantity\":1}}");

        Assert.That(_args!.OrderId, Is.EqualTo("A-3"));
    }

    [Test]
    public async Task ArgumentsAsAJsonEncodedStringBind()
    {
        await using var app = await StartAsync();

        await app.Millis().SendRawAsync(HttpMethod.Post, "/tools/lookup_order", "{\"arguments\":\"{\\\"order_id\\\":\\\"A-4\\\",\\\"quantity\\\":5}\"}");

        Assert.That((_args!.OrderId, _args.Quantity), Is.EqualTo(("A-4", 5)));
    }

    [Test]
    public async Task NumberSentAsAStringBinds()
    {
        await using var app = await StartAsync();

        await app.Millis().SendRawAsync(HttpMethod.Post, "/tools/lookup_order", "{\"order_id\":\"A-5\",\"quantity\":\"4\"}");

        Assert.That(_args!.Quantity, Is.EqualTo(4));
    }

    [Test]
    public async Task SessionIdAndMetadataAreInTheContext()
    {
        await using var app = await StartAsync();

        await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 }, new SimulatedToolCall { SessionId = "s-7", Metadata = new Dictionary<string, object?> { ["customer_id"] = "C-9" } });

        Assert.That((_context!.SessionId, _context.GetMetadataString("customer_id"), _context.ToolName), Is.EqualTo(("s-7", "C-9", "lookup_order")));
    }

    [Test]
    public async Task QueryKeysThatAreNotArgumentsAreMetadata()
    {
        await using var app = await StartAsync();

        await app.Client.GetAsync("/tools/lookup_order?order_id=A-1&quantity=1&session_id=s-8&tier=gold");

        Assert.That((_context!.SessionId, _context.GetMetadataString("tier")), Is.EqualTo(("s-8", "gold")));
    }

    [Test]
    public async Task ContextWithoutSessionIdHasNull()
    {
        await using var app = await StartAsync();

        await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 }, new SimulatedToolCall { SessionId = null });

        Assert.That(_context!.SessionId, Is.Null);
    }

    [Test]
    public async Task MissingRequiredArgumentIsAnswered400NamingItAndTheHandlerNeverRuns()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendToolCallAsync(Lookup, new { Quantity = 1 });

        Assert.That((response.StatusCode, response.ContentType), Is.EqualTo((HttpStatusCode.BadRequest, "application/problem+json")));
        Assert.That(response.Json.GetProperty("detail").GetString(), Does.Contain("order_id"));
        Assert.That(_runs, Is.Zero);
    }

    [Test]
    public async Task ArgumentOfTheWrongTypeIsAnswered400()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendRawAsync(HttpMethod.Post, "/tools/lookup_order", "{\"order_id\":\"A-1\",\"quantity\":\"many\"}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Json.GetProperty("detail").GetString(), Does.Contain("quantity").And.Not.Contain("many"));
        Assert.That(_runs, Is.Zero);
    }

    [Test]
    public async Task MalformedJsonIsAnswered400WithAProblemBody()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendRawAsync(HttpMethod.Post, "/tools/lookup_order", "{\"order_id\":");

        Assert.That((response.StatusCode, response.Json.GetProperty("title").GetString()), Is.EqualTo((HttpStatusCode.BadRequest, "The request body is not valid JSON.")));
    }

    [Test]
    public async Task BodyFieldThatMatchesNoArgumentIsIgnoredAndLoggedByName()
    {
        await using var app = await StartAsync();

        var response = await app.Millis().SendRawAsync(HttpMethod.Post, "/tools/lookup_order", "{\"order_id\":\"A-1\",\"quantity\":1,\"colour\":\"teal-value\"}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_context!.UnboundFields, Is.EqualTo(new[] { "colour" }));
        var warning = app.Logs.AtLeast(LogLevel.Warning).Single(e => e.Message.Contains("match no argument"));
        Assert.That(warning.Message, Does.Contain("colour").And.Not.Contain("teal-value"));
    }

    [Test]
    public async Task ResultIsReturnedAsJson()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisTool(Lookup, (LookupOrder args) => new { status = "shipped", order = args.OrderId }));

        var response = await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 });

        Assert.That((response.ContentType, response.Body), Is.EqualTo(("application/json", "{\"status\":\"shipped\",\"order\":\"A-1\"}")));
    }

    [Test]
    public async Task AwaitedResultIsReturnedAsJson()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisTool(Lookup, async (LookupOrder args, CancellationToken ct) =>
        {
            await Task.Yield();
            return new { eta = 3 };
        }));

        var response = await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 });

        Assert.That(response.Body, Is.EqualTo("{\"eta\":3}"));
    }

    [Test]
    public async Task StringResultIsAJsonString()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisTool(Lookup, (LookupOrder args) => "It shipped."));

        var response = await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 });

        Assert.That((response.ContentType, response.Body), Is.EqualTo(("application/json", "\"It shipped.\"")));
    }

    [Test]
    public async Task NullResultAnswersAnEmptyObject()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisTool(Lookup, (LookupOrder args) => (object?)null));

        var response = await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 });

        Assert.That(response.Body, Is.EqualTo("{}"));
    }

    [Test]
    public async Task ResultThatIsAnIResultIsUsedAsIs()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisTool(Lookup, (LookupOrder args) => Results.StatusCode(StatusCodes.Status409Conflict)));

        var response = await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task HandlerCanTakeServices()
    {
        await using var app = await TestApp.StartAsync(
            a => a.MapMillisTool(Lookup, (LookupOrder args, OrderBook book) => book.StatusOf(args.OrderId)),
            b => b.Services.AddSingleton<OrderBook>());

        var response = await app.Millis().SendToolCallAsync(Lookup, new { OrderId = "A-1", Quantity = 1 });

        Assert.That(response.Body, Is.EqualTo("\"A-1 is packed\""));
    }

    [Test]
    public async Task ToolMappedByPatternBindsLikeADefinition()
    {
        await using var app = await TestApp.StartAsync(a => a.MapMillisTool<LookupOrder>("/tools/by-pattern", (LookupOrder args, MillisToolContext ctx) => ctx.ToolName + ":" + args.OrderId));

        var response = await app.Millis().SendToolCallAsync("/tools/by-pattern", new { OrderId = "A-6", Quantity = 1 });

        Assert.That(response.Body, Is.EqualTo("\"by-pattern:A-6\""));
    }

    [Test]
    public async Task HandlerParameterThatCanBeFilledFromNowhereFailsWhenMapped()
    {
        await using var app = await TestApp.StartAsync(_ => { });

        Assert.That(
            () => app.App.MapMillisTool(Lookup, (LookupOrder args, OrderBook notRegistered) => "x"),
            Throws.ArgumentException.With.Message.Contains("notRegistered"));
    }

    private Task<TestApp> StartAsync() =>
        TestApp.StartAsync(a => a.MapMillisTool(Lookup, (LookupOrder args, MillisToolContext ctx) =>
        {
            _args = args;
            _context = ctx;
            Interlocked.Increment(ref _runs);
            return new { ok = true };
        }));

    public sealed class OrderBook
    {
        public string StatusOf(string orderId) => $"{orderId} is packed";
    }
}
