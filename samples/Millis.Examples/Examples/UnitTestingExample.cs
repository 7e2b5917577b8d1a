// Task: unit-test your own code that uses the SDK, without a server. Every resource client has a protected constructor
// and virtual methods, and MillisClient has a protected constructor for fakes whose resource properties you override:
// derive, override what your code calls, and assert. (With a mocking library, mock AgentsClient the same way.)
// The other way is one level lower: new MillisClient(new HttpClient(yourStubHandler), options) and canned JSON.
using Millis.Agents;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class UnitTestingExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        // Arrange: three agents, two of them temporary.
        var agents = new FakeAgentsClient(
            new Agent { Id = "a1", Name = "tmp-load-test" },
            new Agent { Id = "a2", Name = "Front desk" },
            new Agent { Id = "a3", Name = "tmp-demo" });
        var client = new FakeMillisClient(agents);

        // Act: the code under test takes a MillisClient like any production code.
        var removed = await TemporaryAgentJanitor.RemoveTemporaryAgentsAsync(client, ctx.CancellationToken);

        // Assert (in a test project: Assert.That(...)).
        Check(removed == 2, $"expected 2 removed, got {removed}");
        Check(agents.Deleted.SequenceEqual(["a1", "a3"]), $"deleted {string.Join(",", agents.Deleted)}");
        ctx.Say($"janitor removed {removed}: {string.Join(", ", agents.Deleted)}; 'Front desk' kept");

        // Errors are plain exceptions with public constructors, so a fake can throw exactly what the API would.
        agents.FailWith = new MillisNotFoundException(new MillisErrorDetails(404, "DELETE", "/agents/{agent_id}", detail: "Agent not found"));
        removed = await TemporaryAgentJanitor.RemoveTemporaryAgentsAsync(client, ctx.CancellationToken);
        Check(removed == 0, "a 404 while deleting counts as already gone");
        ctx.Say("a fake 404 is handled as 'already deleted'");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>The code under test: deletes agents whose name starts with "tmp-"; returns how many it deleted.</summary>
    internal static class TemporaryAgentJanitor
    {
        public static async Task<int> RemoveTemporaryAgentsAsync(MillisClient client, CancellationToken ct)
        {
            var removed = 0;
            foreach (var agent in await client.Agents.ListAsync(ct))
            {
                if (agent.Name?.StartsWith("tmp-", StringComparison.Ordinal) != true)
                {
                    continue;
                }

                try
                {
                    await client.Agents.DeleteAsync(agent.Id, ct);
                    removed++;
                }
                catch (MillisNotFoundException)
                {
                    // Someone else deleted it first.
                }
            }

            return removed;
        }
    }

    /// <summary>A fake MillisClient: the protected constructor creates no HTTP client; override the groups your code uses.</summary>
    private sealed class FakeMillisClient(AgentsClient agents) : MillisClient(forMocking: true)
    {
        public override AgentsClient Agents => agents;
    }

    /// <summary>A fake AgentsClient: only the methods the code under test calls.</summary>
    private sealed class FakeAgentsClient(params Agent[] agents) : AgentsClient
    {
        public List<string> Deleted { get; } = [];

        public Exception? FailWith { get; set; }

        public override Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<Agent>>(agents);

        public override Task DeleteAsync(string agentId, CancellationToken cancellationToken = default)
        {
            if (FailWith is not null)
            {
                return Task.FromException(FailWith);
            }

            Deleted.Add(agentId);
            return Task.CompletedTask;
        }
    }
}
