using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Millis.Tests.Contract;

/// <summary>
/// Prism serving spec/millis.openapi.json on a free loopback port, validating every request against the spec.
/// Started once for the Contract tests; installed by `npm ci --prefix build/tools` (.ci/run and build/test do it).
/// </summary>
internal sealed class PrismMock : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private PrismMock(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public static async Task<PrismMock> StartAsync()
    {
        var cli = RepoFiles.PathOf("build/tools/node_modules/@stoplight/prism-cli/dist/index.js");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"Prism is not installed ({cli} missing): run `npm ci --prefix build/tools` first.");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoFiles.Root,
        };
        foreach (var arg in new[] { cli, "mock", RepoFiles.PathOf("spec/millis.openapi.json"), "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var mock = new PrismMock(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => mock.Record(e.Data);
        process.ErrorDataReceived += (_, e) => mock.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await mock.WaitUntilReadyAsync();
        return mock;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("Prism exited during start-up:\n" + Output);
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseUrl, "voices"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("Prism did not answer within 90 s:\n" + Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
