using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Millis.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- report DIR</c>: runs every benchmark with a short job plus the latency and heap
/// measurements and writes DIR/results.md and DIR/targets.txt (build/bench turns them into docs/benchmarks.md).
/// <c>-- cold-start</c> prints only the first-call-in-a-fresh-process comparison. <c>-- latency</c> prints only the chat stream's first-event latency. Anything else is passed to BenchmarkDotNet's
/// switcher, e.g. <c>-- --filter *PerCall*</c> or <c>-- --filter *StreamingBenchmarks*</c>.
/// </summary>
public static class Program
{
    // Not async, and the cold-start child branches off first: a child process must not load BenchmarkDotNet, which
    // the hand-written and facade first calls do not need.
    public static int Main(string[] args) =>
        args is [ColdStart.ChildVerb, var variant, var url] ? ColdStart.Child(variant, url) : RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        if (args is ["report", var outDir, ..])
        {
            Directory.CreateDirectory(outDir);
            var config = Config(Path.Combine(outDir, "artifacts"));
            var summaries = BenchmarkRunner.Run([typeof(PerCallBenchmarks), typeof(OverheadBenchmarks), typeof(StreamingBenchmarks), typeof(PaginationBenchmarks)], config);
            var latency = await Extras.FirstEventLatencyAsync(runs: 200, warmup: 20).ConfigureAwait(false);
            var heap = await Extras.WalkHeapAsync().ConfigureAwait(false);
            var paired = await Extras.PairedAsync().ConfigureAwait(false);
            var coldStart = await ColdStart.MeasureAsync(samples: 10).ConfigureAwait(false);
            var report = new Report(summaries, latency, heap, paired, coldStart);
            await File.WriteAllTextAsync(Path.Combine(outDir, "results.md"), report.Markdown()).ConfigureAwait(false);
            await File.WriteAllLinesAsync(Path.Combine(outDir, "targets.txt"), report.Targets()).ConfigureAwait(false);
            Console.WriteLine(report.Markdown());
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        if (args is ["cold-start", ..])
        {
            Console.WriteLine(await ColdStart.MeasureAsync(samples: 10).ConfigureAwait(false));
            return 0;
        }

        if (args is ["latency", ..])
        {
            // Only the first-event latency of the chat stream (the streaming target's second half), without the rest of extras.
            Console.WriteLine(await Extras.FirstEventLatencyAsync(runs: 200, warmup: 20).ConfigureAwait(false));
            return 0;
        }

        if (args is ["extras", ..])
        {
            Console.WriteLine(await Extras.FirstEventLatencyAsync(runs: 200, warmup: 20).ConfigureAwait(false));
            var heap = await Extras.WalkHeapAsync().ConfigureAwait(false);
            Console.WriteLine(string.Join(", ", heap.Samples) + $"; first page collected: {heap.FirstPageCollected}");
            foreach (var pair in await Extras.PairedAsync().ConfigureAwait(false))
            {
                Console.WriteLine(pair);
            }

            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, Config("BenchmarkDotNet.Artifacts"));
        return 0;
    }

    /// <summary>
    /// ShortRun (1 launch, 3 warm-up iterations) with 10 measured iterations instead of 3, in this process: the server
    /// lives here too, and no benchmark project has to be generated and built per run.
    /// </summary>
    private static IConfig Config(string artifacts) => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"))
        .WithArtifactsPath(artifacts);
}
