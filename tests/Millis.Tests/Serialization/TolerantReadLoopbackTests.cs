using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Millis.Models;
using Millis.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Serialization;

/// <summary>
/// One unreadable value never fails a call (issue 11 §2), against a real Kestrel server: the call succeeds, every other
/// field and item is read, the value is kept raw on its model and written back unchanged, and the problem is reported.
/// </summary>
public class TolerantReadLoopbackTests
{
    private const string GoodAgent = """{"id":"a1","name":"Front desk","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"alloy"}},"created_at":1700000000}""";

    /// <summary>A wrong-typed, null or missing value in the second agent of GET /agents.</summary>
    private static IEnumerable<TestCaseData> AgentCases() =>
        new (string Case, string Field, string? Value, bool Readable)[]
        {
            ("created_at with a fraction", "created_at", "1717000000.5", true),
            ("created_at past 2038", "created_at", "4102444800", true),
            ("created_at as a word", "created_at", "\"yesterday\"", false),
            ("created_at as a date string", "created_at", "\"2024-05-29T10:00:00Z\"", false),
            ("created_at as a boolean", "created_at", "true", false),
            ("created_at as an object", "created_at", "{\"s\":1}", false),
            ("created_at null", "created_at", "null", false),
            ("created_at missing", "created_at", null, false),
            ("name as a number", "name", "5", false),
            ("name as a boolean", "name", "false", false),
            ("name as an array", "name", "[\"a\"]", false),
            ("name null", "name", "null", false),
            ("name missing", "name", null, false),
            ("id missing", "id", null, false),
            ("config as a string", "config", "\"x\"", false),
            ("config as an array", "config", "[]", false),
            ("config null", "config", "null", false),
            ("config missing", "config", null, false),
        }.Select(c => new TestCaseData(c.Field, c.Value, c.Readable).SetArgDisplayNames(c.Case));

    private static string SecondAgent(string field, string? value)
    {
        var agent = JObject.Parse(GoodAgent.Replace("a1", "a2", StringComparison.Ordinal));
        if (value is null)
        {
            agent.Remove(field);
        }
        else
        {
            agent[field] = JToken.Parse(value);
        }

        return agent.ToString(Newtonsoft.Json.Formatting.None);
    }

    [TestCaseSource(nameof(AgentCases))]
    public async Task AnOddFieldInOneItem_NeverFailsTheList_AndIsKeptRaw(string field, string? value, bool readable)
    {
        var second = SecondAgent(field, value);
        await using var server = await LoopbackServer.StartAsync(c => Json(c, $"[{GoodAgent},{second}]"));
        using var client = server.CreateClient();

        var agents = await client.Agents.ListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(agents.Select(a => a.Id), Is.EqualTo(new[] { "a1", field == "id" ? null : "a2" }));
            Assert.That(agents[0].ReadProblems, Is.Empty);
            Assert.That(agents[1].ReadProblems.Select(p => p.Path), readable ? Is.Empty : Is.EqualTo(new[] { $"[1].{field}" }));
            JsonAssert.SemanticallyEqual(second, SdkJson.Write(agents[1]));
        });
    }

    [Test]
    public async Task AFractionalTimestamp_IsReadAsA64BitNumber_AndWrittenBackAsSent()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, GoodAgent.Replace("1700000000", "1717000000.5", StringComparison.Ordinal)));
        using var client = server.CreateClient();

        var agent = await client.Agents.GetAsync("a1");

        Assert.That(agent.CreatedAt, Is.EqualTo(1717000000L));
        Assert.That(SdkJson.Write(agent), Does.Contain("\"created_at\":1717000000.5"));
    }

    [Test]
    public async Task ATimestampPast2038_IsRead()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, GoodAgent.Replace("1700000000", "4102444800", StringComparison.Ordinal)));
        using var client = server.CreateClient();

        var agent = await client.Agents.GetAsync("a1");

        Assert.That(agent.Created, Is.EqualTo(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public async Task CreateAgentAnsweringOnlyTheId_Succeeds_NamingTheMissingFields()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, """{"id":"a9"}"""));
        using var client = server.CreateClient();

        var agent = await client.Agents.CreateAsync("Front desk", new Millis.Agents.AgentConfigBuilder().WithPrompt("p").WithVoice(VoiceProvider.OpenAI, "alloy").Build());

        Assert.That(agent.Id, Is.EqualTo("a9"));
        Assert.That(agent.ReadProblems.Select(p => p.Path), Is.EquivalentTo(new[] { "name", "config", "created_at" }));
        Assert.That(agent.Created, Is.Null);
    }

    [Test]
    public async Task ANullWhereTheSpecSaysRequired_IsKeptAndWrittenBackAsNull()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, """{"credit":12.5,"auto_refill":null}"""));
        using var client = server.CreateClient();

        var user = await client.User.GetInfoAsync();

        JsonAssert.SemanticallyEqual("""{"credit":12.5,"auto_refill":null}""", SdkJson.Write(user));
    }

    [Test]
    public async Task ABadLogOnOnePage_DoesNotStopTheWalk()
    {
        var pages = new Queue<string>(
        [
            """{"histories":[{"session_id":"s1","ts":1700000300},{"session_id":"s2","ts":"yesterday","call_status":5}],"next_cursor":1700000200}""",
            """{"histories":[{"session_id":"s3","ts":1700000100}],"next_cursor":null}""",
        ]);
        await using var server = await LoopbackServer.StartAsync(c => Json(c, pages.Dequeue()));
        using var client = server.CreateClient();

        var ids = new List<string?>();
        await foreach (var log in client.CallLogs.ListAllAsync())
        {
            ids.Add(log.SessionId);
        }

        Assert.That(ids, Is.EqualTo(new[] { "s1", "s2", "s3" }));
    }

    [Test]
    public async Task ListItemsOfTheWrongShape_KeepTheirPlaceAndAreWrittenBackAsSent()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, $"[{GoodAgent},\"not an agent\",7]"));
        using var client = server.CreateClient();

        var agents = await client.Agents.ListAsync();

        Assert.That(agents, Has.Count.EqualTo(3));
        Assert.That(agents[1].ReadProblems.Single().RawJson, Is.EqualTo("\"not an agent\""));
        Assert.That(SdkJson.Write(agents[2]), Is.EqualTo("7"));
    }

    [Test]
    public async Task TheProblemsOfACall_AreLoggedOnceAsAWarningNamingOperationPathAndExpectedType_WithoutTheValues()
    {
        var logs = new CapturingLoggerFactory();
        await using var server = await LoopbackServer.StartAsync(c => Json(c, $"[{SecondAgent("created_at", "\"secret-ish value\"")},{SecondAgent("name", "5")}]"));
        var options = server.Options();
        options.LoggerFactory = logs;
        using var client = new MillisClient(options);

        await client.Agents.ListAsync();

        var warning = logs.Entries.Single(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.That(warning.Message, Does.Contain("GET /agents").And.Contain("[0].created_at").And.Contain("[1].name").And.Contain("an integer").And.Contain("a string"));
        Assert.That(logs.AllText, Does.Not.Contain("secret-ish value"));
    }

    [Test]
    public async Task StrictResponses_FailsTheCallNamingThePath()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, $"[{SecondAgent("created_at", "\"yesterday\"")}]"));
        var options = server.Options();
        options.StrictResponses = true;
        using var client = new MillisClient(options);

        var ex = Assert.ThrowsAsync<MillisApiException>(() => client.Agents.ListAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo(200));
        Assert.That(ex.Message, Does.Contain("[0].created_at"));
    }

    [Test]
    public async Task AnUntypedResponseThatIsPlainText_IsAccepted_AndExposedAsText()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "text/plain";
            await c.Response.WriteAsync("Agent deleted");
        });
        using var client = server.CreateClient();

        var result = await client.Calls.DeleteSipAsync("call-1");

        Assert.That(result.AsString(), Is.EqualTo("Agent deleted"));
    }

    [Test]
    public async Task A201WithABody_IsSuccess()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.StatusCode = 201;
            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync(GoodAgent);
        });
        using var client = server.CreateClient();

        var agent = await client.Agents.DuplicateAsync("a1");

        Assert.That(agent.Id, Is.EqualTo("a1"));
    }

    [Test]
    public async Task APhoneWithoutItsCreationTime_IsListedWithTheOthers_AndHasNoCreated()
    {
        await using var server = await LoopbackServer.StartAsync(c => Json(c, """[{"id":"+15550100","create_at":1700000000,"status":"active"},{"id":"+15550101","status":"active"}]"""));
        using var client = server.CreateClient();

        var phones = await client.Phones.ListAsync();

        Assert.That(phones.Select(p => p.Id), Is.EqualTo(new[] { "+15550100", "+15550101" }));
        Assert.That(phones[1].Created, Is.Null);
        Assert.That(phones[1].ReadProblems.Select(p => p.Path), Is.EqualTo(new[] { "[1].create_at" }));
    }

    [Test]
    public async Task AListAnsweredWithAnHtmlPage_SaysUnexpectedResponseBody_NeverACollectionTypeName()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html>maintenance</html>");
        });
        using var client = server.CreateClient();

        var ex = Assert.ThrowsAsync<MillisApiException>(() => client.Voices.ListAsync());

        Assert.That(ex!.Message, Does.Contain("unexpected response body (content type text/html"));
        Assert.That(ex.Message, Does.Not.Contain("IList").And.Not.Contain("VoiceOption").And.Not.Contain("Version="));
    }

    private static async Task Json(HttpContext context, string json)
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}
