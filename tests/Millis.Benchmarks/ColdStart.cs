using System.Diagnostics;
using Millis.Models;

namespace Millis.Benchmarks;

/// <summary>
/// The first call in a fresh process: each sample starts a new <c>dotnet</c> process that makes one GET agent against
/// the loopback server (hand-written or facade) and exits; the whole process is timed, start to exit, as a user's
/// tool or serverless function would pay it. Variants alternate sample by sample so load drift hits both alike.
/// </summary>
internal static class ColdStart
{
    public const string ChildVerb = "first-call";

    public sealed record Result(int Samples, double HandWrittenMedianMs, double FacadeMedianMs)
    {
        public double Ratio => FacadeMedianMs / HandWrittenMedianMs;
    }

    /// <summary>In the child: one call, then exit 0 if the agent came back.</summary>
    public static int Child(string variant, string url)
    {
        var server = new Uri(url);
        Agent agent;
        if (variant == "facade")
        {
            using var client = new MillisClient(Clients.Options(server));
            agent = client.Agents.GetAsync("agent-1").GetAwaiter().GetResult();
        }
        else
        {
            using var http = Clients.Http(server);
            agent = new HandWrittenClient(http).GetAgentAsync("agent-1").GetAwaiter().GetResult();
        }

        return string.IsNullOrEmpty(agent.Id) ? 1 : 0;
    }

    public static async Task<Result> MeasureAsync(int samples)
    {
        await using var server = await BenchServer.StartAsync().ConfigureAwait(false);
        var dll = typeof(ColdStart).Assembly.Location;
        var times = new Dictionary<string, List<double>> { ["handwritten"] = [], ["facade"] = [] };
        for (var i = -1; i < samples; i++)
        {
            // i = -1 warms the disk cache and the runtime's own files for both; it is not counted.
            foreach (var variant in i % 2 == 0 ? new[] { "handwritten", "facade" } : ["facade", "handwritten"])
            {
                var ms = await RunAsync(dll, variant, server.BaseUrl).ConfigureAwait(false);
                if (i >= 0)
                {
                    times[variant].Add(ms);
                }
            }
        }

        return new Result(samples, Median(times["handwritten"]), Median(times["facade"]));
    }

    private static async Task<double> RunAsync(string dll, string variant, Uri url)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, ChildVerb, variant, url.ToString() })
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        await stdout.ConfigureAwait(false);
        var ms = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{variant} first call failed (exit {process.ExitCode}): {await stderr.ConfigureAwait(false)}");
        }

        return ms;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
