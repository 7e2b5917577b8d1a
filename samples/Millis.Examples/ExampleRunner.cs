using System.Diagnostics;
using Millis.Examples.Examples;

namespace Millis.Examples;

/// <summary>Runs examples by name. Offline by default: against the server in MILLIS_BASE_URL (bash samples/run-examples starts the mock).</summary>
public static class ExampleRunner
{
    /// <summary>Every example, in the order <c>all</c> runs them.</summary>
    public static IReadOnlyList<Example> All { get; } =
    [
        new("agents", "Agents: create from the builder, read, update, duplicate, list, delete", AgentsExample.RunAsync),
        new("voices", "Voices: list stock and custom voices, use one in an agent", VoicesExample.RunAsync),
        new("phones", "Phones: buy a number, import one per provider, attach an agent, overrides, tags", PhonesExample.RunAsync, ChangesBilling: true),
        new("calls", "Outbound call, then wait for its outcome in the call logs; page through call logs", CallsExample.RunAsync, ChangesBilling: true),
        new("campaigns", "Campaigns: create, set the caller, upload records, start, stop", CampaignsExample.RunAsync, ChangesBilling: true),
        new("knowledge", "Knowledge files: presigned upload, register, attach to an agent", KnowledgeExample.RunAsync),
        new("chat-tools", "Chat: stream a reply, and run a tool the agent asks for", ChatToolsExample.RunAsync),
        new("errors", "Error handling: invalid config, 404, 422 validation errors, what each exception carries", ErrorsExample.RunAsync),
        new("retries", "Retries and timeouts: what is retried, per-attempt timeout, cancellation", RetriesExample.RunAsync),
        new("logging", "Logging: the SDK's ILogger events, with IHttpClientFactory and configuration (Millis:ApiKey)", LoggingExample.RunAsync),
        new("tracing", "Tracing with OpenTelemetry: the Millis ActivitySource, one span per operation", TracingExample.RunAsync),
        new("unit-testing", "Unit-testing your code: fake resource clients (virtual methods, protected constructors)", UnitTestingExample.RunAsync),
    ];

    /// <summary>
    /// <c>&lt;name&gt;</c>, <c>all</c> or <c>list</c>; <c>--live</c> allows the real API (MILLIS_API_KEY, no MILLIS_BASE_URL).
    /// Returns 0 when every example ran (or for the list), 1 when one failed, 2 for an unknown name or no server.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, ExampleSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var live = args.Contains("--live");
        var names = args.Where(a => a != "--live").ToList();
        if (names.Count == 0 || names is ["list"] || names is ["--help"])
        {
            PrintUsage(output);
            return 0;
        }

        List<Example?> chosen = names is ["all"] ? [.. All] : [.. names.Select(n => All.FirstOrDefault(e => e.Name == n))];
        if (chosen.Any(e => e is null))
        {
            error.WriteLine($"Unknown example: {string.Join(", ", names.Where(n => All.All(e => e.Name != n)))}.");
            PrintUsage(error);
            return 2;
        }

        bool isMock;
        string apiKey;
        if (settings.BaseUrl is not null)
        {
            isMock = MillisClientOptionsIsLoopback(settings.BaseUrl);
            apiKey = settings.ApiKey ?? "examples-offline-key";
            output.WriteLine($"Server: {settings.BaseUrl} ({(isMock ? "local mock: answers with the spec's placeholder values" : "MILLIS_BASE_URL")})");
        }
        else if (live && settings.ApiKey is not null)
        {
            isMock = false;
            apiKey = settings.ApiKey;
            output.WriteLine("Server: the real Millis API (--live). These examples create, change and delete real resources on your account.");
            var billed = chosen.Where(e => e!.ChangesBilling).Select(e => e!.Name).ToList();
            if (billed.Count > 0)
            {
                output.WriteLine($"  Warning: {string.Join(", ", billed)} buy numbers, import numbers or place calls, which your account is charged for.");
            }
        }
        else
        {
            error.WriteLine(settings.ApiKey is null
                ? "No server: run through `bash samples/run-examples <name>` (starts a local mock), or set MILLIS_BASE_URL."
                : "MILLIS_API_KEY is set but the examples stay offline unless you pass --live (they create and delete real resources).");
            return 2;
        }

        var failed = 0;
        foreach (var example in chosen)
        {
            output.WriteLine($"== {example!.Name}: {example.Task}");
            var watch = Stopwatch.StartNew();
            using var context = new ExampleContext(settings.BaseUrl, apiKey, isMock, output, cancellationToken);
            try
            {
                await example.RunAsync(context).ConfigureAwait(false);
                output.WriteLine($"   ok ({watch.Elapsed.TotalSeconds:0.0} s)");
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failed++;
                error.WriteLine($"== {example.Name} failed: {ex}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static bool MillisClientOptionsIsLoopback(Uri url) =>
        url.IsLoopback || (System.Net.IPAddress.TryParse(url.DnsSafeHost, out var ip) && System.Net.IPAddress.IsLoopback(ip));

    private static void PrintUsage(TextWriter writer)
    {
        writer.WriteLine("Usage: bash samples/run-examples <name>|all   (or: dotnet run --project samples/Millis.Examples -- <name>|all|list [--live])");
        writer.WriteLine("Examples:");
        foreach (var example in All)
        {
            writer.WriteLine($"  {example.Name,-13} {example.Task}");
        }
    }
}
