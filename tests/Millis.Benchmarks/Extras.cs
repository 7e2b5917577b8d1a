using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Millis.Benchmarks;

/// <summary>Measurements BenchmarkDotNet cannot make: first-event latency and the live heap during a walk.</summary>
internal static class Extras
{
    public sealed record Latency(int Runs, double MedianUs, double P90Us, double MinUs, double MaxUs);

    public sealed record Paired(string Operation, int Rounds, double RawMedianUs, double FacadeMedianUs, double MedianRatio);

    /// <summary>
    /// A cross-check of (c)/(b) that load on a shared machine cannot skew: each round calls the generated raw client and
    /// the facade back to back (order alternating) and times each with a Stopwatch; reports the medians and the median
    /// of the per-round ratios.
    /// </summary>
    public static async Task<IReadOnlyList<Paired>> PairedAsync()
    {
        var bench = new PerCallBenchmarks();
        bench.Setup();
        try
        {
            return
            [
                await PairAsync(PerCallBenchmarks.GetAgent, 2000, bench.RawGetAgent, bench.FacadeGetAgent).ConfigureAwait(false),
                await PairAsync(PerCallBenchmarks.CreateAgent, 2000, bench.RawCreateAgent, bench.FacadeCreateAgent).ConfigureAwait(false),
                await PairAsync(PerCallBenchmarks.ListCallLogs, 200, bench.RawListCallLogs, bench.FacadeListCallLogs).ConfigureAwait(false),
                await PairAsync(PerCallBenchmarks.GetAgent + ", (c′) facade with Timeout = infinite", 2000, bench.RawGetAgent, bench.NoTimeoutFacadeGetAgent).ConfigureAwait(false),
            ];
        }
        finally
        {
            bench.Cleanup();
        }
    }

    private static async Task<Paired> PairAsync<TRaw, TFacade>(string operation, int rounds, Func<Task<TRaw>> raw, Func<Task<TFacade>> facade)
    {
        for (var i = 0; i < rounds / 10; i++)
        {
            await raw().ConfigureAwait(false);
            await facade().ConfigureAwait(false);
        }

        var rawTimes = new List<double>(rounds);
        var facadeTimes = new List<double>(rounds);
        var ratios = new List<double>(rounds);
        for (var i = 0; i < rounds; i++)
        {
            double r, f;
            if (i % 2 == 0)
            {
                r = await TimeAsync(raw).ConfigureAwait(false);
                f = await TimeAsync(facade).ConfigureAwait(false);
            }
            else
            {
                f = await TimeAsync(facade).ConfigureAwait(false);
                r = await TimeAsync(raw).ConfigureAwait(false);
            }

            rawTimes.Add(r);
            facadeTimes.Add(f);
            ratios.Add(f / r);
        }

        rawTimes.Sort();
        facadeTimes.Sort();
        ratios.Sort();
        return new Paired(operation, rounds, Percentile(rawTimes, 0.5), Percentile(facadeTimes, 0.5), Percentile(ratios, 0.5));
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        await call().ConfigureAwait(false);
        return (Stopwatch.GetTimestamp() - start) * 1_000_000.0 / Stopwatch.Frequency;
    }

    public sealed record WalkHeap(IReadOnlyList<(int Page, long LiveBytes)> Samples, bool FirstPageCollected, int Items);

    /// <summary>
    /// Time from the server's <c>FlushAsync</c> of the first event (timestamp taken right after it returns) to the client
    /// having that event from <see cref="ChatEvents.ReadAsync"/>; both sides in this process read the same Stopwatch.
    /// </summary>
    public static async Task<Latency> FirstEventLatencyAsync(int runs, int warmup)
    {
        await using var server = await BenchServer.StartAsync().ConfigureAwait(false);
        server.FirstEventLatencyMode = true;
        using var client = new MillisClient(Clients.Options(server.BaseUrl));
        var samples = new List<double>(runs);
        for (var run = 0; run < warmup + runs; run++)
        {
            var flushed = server.ArmFirstEvent();
            long received = 0;
            await foreach (var chatEvent in ChatEvents.ReadAsync(client).ConfigureAwait(false))
            {
                if (received == 0)
                {
                    received = Stopwatch.GetTimestamp();
                    server.ClientHasFirstEvent();
                }
            }

            var sent = await flushed.ConfigureAwait(false);
            if (run >= warmup)
            {
                samples.Add((received - sent) * 1_000_000.0 / Stopwatch.Frequency);
            }
        }

        samples.Sort();
        return new Latency(runs, Percentile(samples, 0.5), Percentile(samples, 0.9), samples[0], samples[^1]);
    }

    /// <summary>Walks 20 pages and samples the live heap (after a full collection) at the last log of every page.</summary>
    public static async Task<WalkHeap> WalkHeapAsync()
    {
        await using var server = await BenchServer.StartAsync().ConfigureAwait(false);
        server.CallLogPages = 20;
        using var client = new MillisClient(Clients.Options(server.BaseUrl));
        await CountAsync(client).ConfigureAwait(false); // warm-up: JIT, connection, serializer caches
        var samples = new List<(int, long)>();
        WeakReference? firstPage = null;
        var items = 0;
        await foreach (var log in CallLogWalker.WalkAsync(client).ConfigureAwait(false))
        {
            firstPage ??= Weak(log);
            items++;
            if (items % Payloads.PageSize == 0)
            {
                samples.Add((items / Payloads.PageSize, GC.GetTotalMemory(forceFullCollection: true)));
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return new WalkHeap(samples, firstPage is { IsAlive: false }, items);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Weak(object target) => new(target);

    private static async Task<int> CountAsync(MillisClient client)
    {
        var count = 0;
        await foreach (var log in CallLogWalker.WalkAsync(client).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
