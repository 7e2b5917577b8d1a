using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Millis.Benchmarks;

/// <summary>Turns the BenchmarkDotNet summaries and the extra measurements into the tables and target verdicts of docs/benchmarks.md.</summary>
internal sealed class Report
{
    private readonly List<Row> _rows;
    private readonly Extras.Latency _latency;
    private readonly Extras.WalkHeap _heap;
    private readonly List<string> _bdnTables;
    private readonly IReadOnlyList<Extras.Paired> _paired;
    private readonly ColdStart.Result _coldStart;

    public Report(IEnumerable<Summary> summaries, Extras.Latency latency, Extras.WalkHeap heap, IReadOnlyList<Extras.Paired> paired, ColdStart.Result coldStart)
    {
        _paired = paired;
        _coldStart = coldStart;
        var list = summaries.ToList();
        _rows = list.SelectMany(s => s.Reports.Select(r => new Row(
            r.BenchmarkCase.Descriptor.Type.Name,
            r.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "",
            r.BenchmarkCase.Parameters.Items.FirstOrDefault()?.Value is { } p ? Convert.ToInt32(p, CultureInfo.InvariantCulture) : 0,
            r.ResultStatistics?.Mean ?? double.NaN,
            r.ResultStatistics?.Median ?? double.NaN,
            r.ResultStatistics?.StandardDeviation ?? double.NaN,
            r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? -1))).ToList();
        _latency = latency;
        _heap = heap;
        _bdnTables = list
            .Select(s => Directory.GetFiles(s.ResultsDirectoryPath, $"*{s.Title}*-report-github.md").FirstOrDefault()
                         ?? Directory.GetFiles(s.ResultsDirectoryPath, "*-report-github.md").FirstOrDefault(f => f.Contains(s.Reports.FirstOrDefault()?.BenchmarkCase.Descriptor.Type.Name ?? "?", StringComparison.Ordinal)))
            .Where(f => f is not null)
            .Select(f => File.ReadAllText(f!))
            .ToList();
    }

    private static string[] Operations => [PerCallBenchmarks.GetAgent, PerCallBenchmarks.CreateAgent, PerCallBenchmarks.ListCallLogs];

    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine("## Per-call overhead").AppendLine();
        md.AppendLine("One call, client and server in one process over loopback. Floor = pre-built HTTP/1.1 request on a kept-alive socket, response read into a reused buffer, nothing parsed: the server's and the loopback's share (MemoryDiagnoser counts every thread, so the server's allocations are in every row).").AppendLine();
        md.AppendLine("| Operation | Variant | Mean (µs) | Median (µs) | StdDev (µs) | Allocated (B/op) |");
        md.AppendLine("|---|---|---:|---:|---:|---:|");
        foreach (var op in Operations)
        {
            foreach (var (variant, prefix) in Variants)
            {
                if (TryPerCall(op, prefix) is not { } row)
                {
                    continue;
                }

                md.AppendLine(CultureInfo.InvariantCulture, $"| {op} | {variant} | {Us(row.MeanNs)} | {Us(row.MedianNs)} | {Us(row.StdDevNs)} | {row.Allocated:N0} |");
            }
        }

        md.AppendLine().AppendLine("Ratios (a = hand-written HttpClient + Newtonsoft, b = generated raw client, c = facade), of the medians and, in brackets, of the means. \"minus floor\" subtracts the floor row, leaving the client's own share.").AppendLine();
        md.AppendLine("| Operation | time b/a | time c/b | alloc b/a | alloc c/b | c − b median time (µs) | c − b alloc (B) | alloc c/b minus floor |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var op in Operations)
        {
            var (floor, a, b, c) = (PerCall(op, "Floor"), PerCall(op, "HandWritten"), PerCall(op, "Raw"), PerCall(op, "Facade"));
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {op} | {b.MedianNs / a.MedianNs:0.000} ({b.MeanNs / a.MeanNs:0.000}) | {c.MedianNs / b.MedianNs:0.000} ({c.MeanNs / b.MeanNs:0.000}) | {(double)b.Allocated / a.Allocated:0.000} | {(double)c.Allocated / b.Allocated:0.000} | {Us(c.MedianNs - b.MedianNs)} | {c.Allocated - b.Allocated:N0} | {(double)(c.Allocated - floor.Allocated) / (b.Allocated - floor.Allocated):0.000} |");
        }

        var inMemory = _rows.Where(r => r.Type == nameof(OverheadBenchmarks)).ToList();
        if (inMemory.Count > 0)
        {
            md.AppendLine().AppendLine("The facade's own cost without the network: GET agent over an in-memory handler answering the same bytes, synchronously or after a `Task.Yield()` (so every async layer really suspends, as with a socket).").AppendLine();
            md.AppendLine("| Handler | (b) raw median (µs) | (c) facade median (µs) | c/b | c − b (µs) | (b) alloc (B) | (c) alloc (B) | c − b alloc (B) |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var group in inMemory.GroupBy(r => r.Param).OrderBy(g => g.Key))
            {
                var (rawRow, facadeRow) = (group.Single(r => r.Method.StartsWith("Raw", StringComparison.Ordinal)), group.Single(r => r.Method.StartsWith("Facade", StringComparison.Ordinal)));
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {(group.Key == 0 ? "synchronous" : "async (Task.Yield)")} | {Us(rawRow.MedianNs)} | {Us(facadeRow.MedianNs)} | {facadeRow.MedianNs / rawRow.MedianNs:0.000} | {Us(facadeRow.MedianNs - rawRow.MedianNs)} | {rawRow.Allocated:N0} | {facadeRow.Allocated:N0} | {facadeRow.Allocated - rawRow.Allocated:N0} |");
            }
        }

        if (TryPerCall(PerCallBenchmarks.GetAgent, "NoTimeoutFacade") is { } noTimeout && inMemory.Count == 4)
        {
            var facadeGet = PerCall(PerCallBenchmarks.GetAgent, "Facade");
            var asyncRows = inMemory.Where(r => r.Param == 1).ToList();
            var syncRows = inMemory.Where(r => r.Param == 0).ToList();
            long Delta(List<Row> rows) => rows.Single(r => r.Method.StartsWith("Facade", StringComparison.Ordinal)).Allocated - rows.Single(r => r.Method.StartsWith("Raw", StringComparison.Ordinal)).Allocated;
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Where the facade's extra ~2 KB per call goes: with `Timeout = InfiniteTimeSpan` (c′) it allocates {facadeGet.Allocated - noTimeout.Allocated:N0} B less (the per-attempt timeout's timer and the cancellable token that HttpClient then links to its own); " +
                $"over the in-memory handler it adds {Delta(syncRows):N0} B when nothing suspends and {Delta(asyncRows):N0} B when the handler yields, i.e. most of it is the pipeline's async layers (`MillisPipeline.ExecuteAsync`, the attempt loop, the attempt lambda) being boxed once the call really suspends, as every network call does.");
        }

        md.AppendLine().AppendLine("Paired cross-check of c/b (Stopwatch in the benchmark program, not BenchmarkDotNet): each round times one raw call and one facade call back to back, order alternating, so load on the machine hits both alike.").AppendLine();
        md.AppendLine("| Operation | Rounds | (b) raw median (µs) | (c) facade median (µs) | median of per-round c/b |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var pair in _paired)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {pair.Operation} | {pair.Rounds} | {pair.RawMedianUs:0.0} | {pair.FacadeMedianUs:0.0} | {pair.MedianRatio:0.000} |");
        }

        md.AppendLine().AppendLine("## Streaming").AppendLine();
        md.AppendLine("A chat stream (`data: {\"choices\":[{\"delta\":{\"content\":\"tok\"}}]}` per event, then `data: [DONE]`) read through `client.Chat.StreamAsync` (typed events) (one request per operation, so the numbers include opening the stream).").AppendLine();
        md.AppendLine("| Events | Mean (ms) | Events/s | Allocated (B/op) | Allocated per event (B) |");
        md.AppendLine("|---:|---:|---:|---:|---:|");
        foreach (var row in _rows.Where(r => r.Type == nameof(StreamingBenchmarks)).OrderBy(r => r.Param))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Param:N0} | {row.MeanNs / 1e6:0.000} | {row.Param / (row.MeanNs / 1e9):N0} | {row.Allocated:N0} | {(double)row.Allocated / row.Param:0.0} |");
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"First event, from the server's `FlushAsync` returning to the client having the event ({_latency.Runs} runs after 20 warm-up runs, one stream each): median **{_latency.MedianUs:0.0} µs**, p90 {_latency.P90Us:0.0} µs, min {_latency.MinUs:0.0} µs, max {_latency.MaxUs:0.0} µs.");

        md.AppendLine().AppendLine("## Pagination").AppendLine();
        md.AppendLine("Walking pages of 100 call logs with `client.CallLogs.ListAllAsync(filter)`, which follows `next_cursor` lazily until it is absent.").AppendLine();
        md.AppendLine("| Pages | Mean (ms) | Allocated (B/op) | Allocated per page (B) |");
        md.AppendLine("|---:|---:|---:|---:|");
        foreach (var row in _rows.Where(r => r.Type == nameof(PaginationBenchmarks)).OrderBy(r => r.Param))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Param} | {row.MeanNs / 1e6:0.000} | {row.Allocated:N0} | {(double)row.Allocated / row.Param:N0} |");
        }

        md.AppendLine().AppendLine(CultureInfo.InvariantCulture,
            $"Live heap (`GC.GetTotalMemory(true)`, after a full collection) while walking 20 pages ({_heap.Items} logs), sampled at the last log of each page, in KiB: {string.Join(", ", _heap.Samples.Select(s => $"{s.LiveBytes / 1024.0:N0}"))} (min {_heap.Samples.Min(s => s.LiveBytes) / 1024.0:N0}, max {_heap.Samples.Max(s => s.LiveBytes) / 1024.0:N0}). A weak reference to the first page's first log was {(_heap.FirstPageCollected ? "dead (collected)" : "ALIVE (still referenced)")} at the end of the walk.");

        md.AppendLine().AppendLine("## First call in a fresh process").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Each sample starts `dotnet Millis.Benchmarks.dll first-call VARIANT URL`, which makes one GET agent against the loopback server and exits; the whole process is timed from start to exit. {_coldStart.Samples} samples per variant after one uncounted warm-up each, the variants alternating. Median wall time: hand-written **{_coldStart.HandWrittenMedianMs:0} ms**, facade **{_coldStart.FacadeMedianMs:0} ms** ({_coldStart.Ratio:0.000}×).");

        md.AppendLine().AppendLine("## BenchmarkDotNet output").AppendLine();
        foreach (var table in _bdnTables)
        {
            md.AppendLine(table.Trim()).AppendLine();
        }

        return md.ToString();
    }

    public IEnumerable<string> Targets()
    {
        var ops = Operations.Select(op => (op, b: PerCall(op, "Raw"), c: PerCall(op, "Facade"), a: PerCall(op, "HandWritten"))).ToList();
        // Time targets are judged on medians (robust to the shared machine's load spikes); the mean ratio is given too.
        var worstTime = ops.Max(o => o.c.MedianNs / o.b.MedianNs);
        var isolate = _rows.Where(r => r.Type == nameof(OverheadBenchmarks)).ToList();
        var isolateText = isolate.Count > 0
            ? "; without the network the facade costs " + string.Join(" / ", isolate.GroupBy(r => r.Param).OrderBy(g => g.Key).Select(g =>
                $"{Us(g.Single(r => r.Method.StartsWith("Facade", StringComparison.Ordinal)).MedianNs - g.Single(r => r.Method.StartsWith("Raw", StringComparison.Ordinal)).MedianNs)} µs")) + " more per call (sync / async handler)"
            : "";
        var drift = "";
        if (worstTime > 1.05)
        {
            var notes = new List<string>();
            if (TryPerCall(PerCallBenchmarks.GetAgent, "NoTimeoutFacade") is { } c2)
            {
                var getB = PerCall(PerCallBenchmarks.GetAgent, "Raw");
                notes.Add($"in the same run the facade with Timeout = infinite (c′) is at {c2.MedianNs / getB.MedianNs:0.000}× b for GET agent, so the gap goes with the per-attempt timeout (a timer and a linked cancellable token per attempt)");
            }

            if (_paired.Count > 0)
            {
                notes.Add($"with b and c alternating call by call (paired cross-check) c/b is at most {_paired.Max(p => p.MedianRatio):0.000}, so the gap shows only in BenchmarkDotNet's back-to-back loop of one variant");
            }

            if (ops.Any(o => o.a.MedianNs > o.b.MedianNs * 1.05))
            {
                notes.Add($"load drift between sequential runs also shows: (a), which does less work than (b), measured up to {ops.Max(o => o.a.MedianNs / o.b.MedianNs):0.000}× of it");
            }

            drift = notes.Count > 0 ? " — " + string.Join("; ", notes) : "";
        }

        yield return Verdict(worstTime <= 1.05, $"facade ≤ 1.05× generated time: worst c/b {worstTime:0.000} of medians ({Worst(ops, o => o.c.MedianNs / o.b.MedianNs)}; of means {ops.Max(o => o.c.MeanNs / o.b.MeanNs):0.000}; per operation {string.Join(", ", ops.Select(o => $"{o.c.MedianNs / o.b.MedianNs:0.000}"))}){isolateText}; paired cross-check c/b {string.Join(", ", _paired.Select(p => $"{p.MedianRatio:0.000}"))}{drift}");
        var worstAlloc = ops.Max(o => (double)o.c.Allocated / o.b.Allocated);
        yield return Verdict(worstAlloc <= 1.05, $"facade ≤ 1.05× generated allocations: worst c/b {worstAlloc:0.000} ({Worst(ops, o => (double)o.c.Allocated / o.b.Allocated)}; per operation {string.Join(", ", ops.Select(o => $"{(double)o.c.Allocated / o.b.Allocated:0.000}"))})");

        var page = ops.Single(o => o.op == PerCallBenchmarks.ListCallLogs);
        var pageTime = Math.Max(page.b.MedianNs, page.c.MedianNs) / page.a.MedianNs;
        var pageAlloc = (double)Math.Max(page.b.Allocated, page.c.Allocated) / page.a.Allocated;
        yield return Verdict(pageTime <= 1.05, $"large page, generated and facade ≤ 1.05× hand-written time: b/a {page.b.MedianNs / page.a.MedianNs:0.000}, c/a {page.c.MedianNs / page.a.MedianNs:0.000} of medians (GET call-log page of 100 logs)");
        yield return Verdict(pageAlloc <= 1.05, $"large page, generated and facade ≤ 1.05× hand-written allocations: b/a {(double)page.b.Allocated / page.a.Allocated:0.000}, c/a {(double)page.c.Allocated / page.a.Allocated:0.000} ({page.a.Allocated:N0} / {page.b.Allocated:N0} / {page.c.Allocated:N0} B)");

        var streams = _rows.Where(r => r.Type == nameof(StreamingBenchmarks)).OrderBy(r => r.Param).ToList();
        if (streams.Count == 2)
        {
            var (small, large) = ((double)streams[0].Allocated / streams[0].Param, (double)streams[1].Allocated / streams[1].Param);
            yield return Verdict(large <= 1000 && large <= small * 1.1, $"streaming ≤ 1,000 B per event and O(1): {small:0.0} B/event at {streams[0].Param:N0} events, {large:0.0} B/event at {streams[1].Param:N0}");
        }

        yield return Verdict(_coldStart.Ratio <= 1.10, $"first call in a fresh process ≤ 1.10× hand-written wall time: {_coldStart.Ratio:0.000}× (medians of {_coldStart.Samples} processes each: {_coldStart.FacadeMedianMs:0} ms vs {_coldStart.HandWrittenMedianMs:0} ms)");

        yield return Verdict(_latency.MedianUs <= 1000, $"first event within 1 ms of the flush: median {_latency.MedianUs:0.0} µs");

        var pages = _rows.Where(r => r.Type == nameof(PaginationBenchmarks)).OrderBy(r => r.Param).ToList();
        if (pages.Count == 2)
        {
            var (few, many) = ((double)pages[0].Allocated / pages[0].Param, (double)pages[1].Allocated / pages[1].Param);
            // Keeping consumed pages would add about one page's objects (~4 MB here) to the live heap per page, so the second
            // half's median would be far above the first half's; a single page held a moment longer shows as a lone spike.
            var half = _heap.Samples.Count / 2;
            var grew = _heap.Samples.Count > 1 && Median(_heap.Samples.Skip(half).Select(s => s.LiveBytes)) > Median(_heap.Samples.Take(half).Select(s => s.LiveBytes)) * 1.2;
            yield return Verdict(many <= few * 1.1 && !grew && _heap.FirstPageCollected,
                $"pagination memory does not grow with pages consumed: {few:N0} B/page at {pages[0].Param} pages, {many:N0} B/page at {pages[1].Param}; live heap median {(grew ? "grew" : "flat")} from the first 10 pages to the last 10; first page {(_heap.FirstPageCollected ? "collected" : "still referenced")}");
        }
    }

    private static (string Name, string Prefix)[] Variants =>
        [("floor", "Floor"), ("(a) hand-written", "HandWritten"), ("(b) generated raw", "Raw"), ("(c) facade", "Facade"), ("(c′) facade with Timeout = infinite", "NoTimeoutFacade")];

    private static string Verdict(bool met, string text) => (met ? "MET|" : "MISSED|") + text;

    private static string Worst<T>(List<T> ops, Func<T, double> ratio) where T : struct, ITuple =>
        (string)ops.OrderByDescending(ratio).First()[0]!;

    private static double Median(IEnumerable<long> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
    }

    private static string Us(double ns) => (ns / 1000).ToString("0.00", CultureInfo.InvariantCulture);

    private Row PerCall(string op, string prefix) => TryPerCall(op, prefix) ?? throw new InvalidOperationException($"no result for {prefix} {op}");

    private Row? TryPerCall(string op, string prefix) =>
        _rows.SingleOrDefault(r => r.Type == nameof(PerCallBenchmarks) && r.Category == op && r.Method.StartsWith(prefix, StringComparison.Ordinal));

    private sealed record Row(string Type, string Method, string Category, int Param, double MeanNs, double MedianNs, double StdDevNs, long Allocated);
}
