using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Millis.CallLogs;
using Millis.Generated;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Benchmarks;

/// <summary>
/// One call of three operations, each made four ways: the floor (pre-built request on a raw socket, nothing parsed),
/// (a) hand-written HttpClient + Newtonsoft, (b) the generated raw client, (c) the facade with default options
/// (2 retries, 60 s timeout, logging and tracing hooks in place). Ratios per operation are relative to (a).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[IterationCount(15)]
public class PerCallBenchmarks
{
    public const string GetAgent = "GET agent";
    public const string CreateAgent = "POST agent";
    public const string ListCallLogs = "GET call-log page";

    private BenchServer _server = null!;
    private HandWrittenClient _handWritten = null!;
    private AgentsRawClient _rawAgents = null!;
    private CallLogsRawClient _rawCallLogs = null!;
    private MillisClient _facade = null!;
    private MillisClient _facadeNoTimeout = null!;
    private RawSocketClient _socket = null!;
    private AgentConfig _config = null!;
    private byte[] _floorGet = null!;
    private byte[] _floorCreate = null!;
    private byte[] _floorList = null!;
    private readonly List<IDisposable> _disposables = [];

    [GlobalSetup]
    public void Setup()
    {
        _server = BenchServer.StartAsync().GetAwaiter().GetResult();
        var url = _server.BaseUrl;
        _config = JsonConvert.DeserializeObject<AgentConfig>(Payloads.AgentConfigJson)!;

        var handHttp = Clients.Http(url);
        var rawHttp = Clients.Http(url);
        var facadeHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _disposables.AddRange([handHttp, rawHttp, facadeHttp]);
        _handWritten = new HandWrittenClient(handHttp);
        _rawAgents = new AgentsRawClient(Clients.RawCall(rawHttp, url, Millis.Http.MillisOperations.AgentsGet), rawHttp);
        _rawCallLogs = new CallLogsRawClient(Clients.RawCall(rawHttp, url, Millis.Http.MillisOperations.CallLogsList), rawHttp);
        _facade = new MillisClient(facadeHttp, Clients.Options(url));
        var noTimeoutHttp = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        _disposables.Add(noTimeoutHttp);
        var noTimeout = Clients.Options(url);
        noTimeout.Timeout = Timeout.InfiniteTimeSpan;
        _facadeNoTimeout = new MillisClient(noTimeoutHttp, noTimeout);
        _socket = new RawSocketClient(url);
        _disposables.Add(_socket);

        _floorGet = RawSocketClient.Request(url, "GET", "agents/" + Payloads.AgentId);
        _floorCreate = RawSocketClient.Request(url, "POST", "agents", JsonConvert.SerializeObject(new AgentCreate { Name = "Harbor Dental front desk", Config = _config }));
        _floorList = RawSocketClient.Request(url, "GET", "call-logs?limit=100");

        // Every variant must get the same answer before anything is timed.
        Check(FacadeGetAgent().GetAwaiter().GetResult().Config.Prompt == RawGetAgent().GetAwaiter().GetResult().Config.Prompt);
        Check(HandWrittenGetAgent().GetAwaiter().GetResult().Id == Payloads.AgentId);
        Check(FacadeCreateAgent().GetAwaiter().GetResult().Id == Payloads.AgentId);
        Check(RawCreateAgent().GetAwaiter().GetResult().Id == HandWrittenCreateAgent().GetAwaiter().GetResult().Id);
        var page = FacadeListCallLogs().GetAwaiter().GetResult();
        Check(page.Histories.Count == 100 && page.NextCursor == Payloads.FirstCursor);
        Check(RawListCallLogs().GetAwaiter().GetResult().Histories.Count == 100);
        Check(HandWrittenListCallLogs().GetAwaiter().GetResult().Histories.Count == 100);
        Check(FloorGetAgent().GetAwaiter().GetResult() == Payloads.Agent.Length);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _facade.Dispose();
        _facadeNoTimeout.Dispose();
        _disposables.ForEach(d => d.Dispose());
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark, BenchmarkCategory(GetAgent)]
    public Task<int> FloorGetAgent() => _socket.SendAsync(_floorGet);

    [Benchmark(Baseline = true), BenchmarkCategory(GetAgent)]
    public Task<Agent> HandWrittenGetAgent() => _handWritten.GetAgentAsync(Payloads.AgentId);

    [Benchmark, BenchmarkCategory(GetAgent)]
    public Task<Agent> RawGetAgent() => _rawAgents.GetAgentAsync(Payloads.AgentId);

    [Benchmark, BenchmarkCategory(GetAgent)]
    public Task<Agent> FacadeGetAgent() => _facade.Agents.GetAsync(Payloads.AgentId);

    /// <summary>The facade with <c>Timeout = InfiniteTimeSpan</c>: no per-attempt timer, so HttpClient gets a token that cannot be cancelled.</summary>
    [Benchmark, BenchmarkCategory(GetAgent)]
    public Task<Agent> NoTimeoutFacadeGetAgent() => _facadeNoTimeout.Agents.GetAsync(Payloads.AgentId);

    [Benchmark, BenchmarkCategory(CreateAgent)]
    public Task<int> FloorCreateAgent() => _socket.SendAsync(_floorCreate);

    [Benchmark(Baseline = true), BenchmarkCategory(CreateAgent)]
    public Task<Agent> HandWrittenCreateAgent() => _handWritten.CreateAgentAsync("Harbor Dental front desk", _config);

    [Benchmark, BenchmarkCategory(CreateAgent)]
    public Task<Agent> RawCreateAgent() => _rawAgents.CreateAgentAsync(new AgentCreate { Name = "Harbor Dental front desk", Config = _config });

    [Benchmark, BenchmarkCategory(CreateAgent)]
    public Task<Agent> FacadeCreateAgent() => _facade.Agents.CreateAsync("Harbor Dental front desk", _config);

    [Benchmark, BenchmarkCategory(ListCallLogs)]
    public Task<int> FloorListCallLogs() => _socket.SendAsync(_floorList);

    [Benchmark(Baseline = true), BenchmarkCategory(ListCallLogs)]
    public Task<CallLogPage> HandWrittenListCallLogs() => _handWritten.ListCallLogsAsync(CallLogFilter.MaxLimit);

    [Benchmark, BenchmarkCategory(ListCallLogs)]
    public Task<CallLogPage> RawListCallLogs() => _rawCallLogs.ListCallHistoriesAsync(limit: CallLogFilter.MaxLimit);

    [Benchmark, BenchmarkCategory(ListCallLogs)]
    public Task<CallLogPage> FacadeListCallLogs() => _facade.CallLogs.ListAsync(CallLogWalker.Filter);

    private static void Check(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("a benchmark variant got a different answer");
        }
    }
}

/// <summary>A chat stream of 1,000 or 10,000 events read through the facade (see <see cref="ChatEvents"/>).</summary>
[MemoryDiagnoser]
public class StreamingBenchmarks
{
    private BenchServer _server = null!;
    private MillisClient _client = null!;

    [Params(1_000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = BenchServer.StartAsync().GetAwaiter().GetResult();
        _server.ChatEvents = Events;
        _client = new MillisClient(Clients.Options(_server.BaseUrl));
        if (ReadChatStream().GetAwaiter().GetResult() != Events)
        {
            throw new InvalidOperationException("wrong number of events");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> ReadChatStream()
    {
        var count = 0;
        await foreach (var chatEvent in ChatEvents.ReadAsync(_client).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}

/// <summary>Walking 5 or 20 pages of 100 call logs through the facade (see <see cref="CallLogWalker"/>).</summary>
[MemoryDiagnoser]
public class PaginationBenchmarks
{
    private BenchServer _server = null!;
    private MillisClient _client = null!;

    [Params(5, 20)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = BenchServer.StartAsync().GetAwaiter().GetResult();
        _server.CallLogPages = Pages;
        _client = new MillisClient(Clients.Options(_server.BaseUrl));
        if (WalkCallLogs().GetAwaiter().GetResult() != Pages * Payloads.PageSize)
        {
            throw new InvalidOperationException("wrong number of call logs");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> WalkCallLogs()
    {
        var count = 0;
        await foreach (var log in CallLogWalker.WalkAsync(_client).ConfigureAwait(false))
        {
            count++;
        }

        return count;
    }
}
