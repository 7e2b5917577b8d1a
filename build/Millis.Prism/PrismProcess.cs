using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Millis.Prism;

/// <summary>
/// Prism (build/tools) on a free loopback port: <c>mock</c> serves spec/ with request validation,
/// <c>proxy</c> forwards to an upstream and validates requests and responses against spec/.
/// </summary>
public sealed class PrismProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private PrismProcess(Process process, Uri baseUrl)
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

    public static Task<PrismProcess> StartMockAsync(string repoRoot) => StartAsync(repoRoot, ["mock"]);

    public static Task<PrismProcess> StartProxyAsync(string repoRoot, Uri upstream) => StartAsync(repoRoot, ["proxy", "--errors=false"], upstream.AbsoluteUri.TrimEnd('/'));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static async Task<PrismProcess> StartAsync(string repoRoot, string[] command, string? upstream = null)
    {
        var cli = Path.Combine(repoRoot, "build/tools/node_modules/@stoplight/prism-cli/dist/index.js");
        if (!File.Exists(cli))
        {
            await InstallToolsAsync(repoRoot, cli).ConfigureAwait(false);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repoRoot };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add(command[0]);
        start.ArgumentList.Add(Path.Combine(repoRoot, "spec/millis.openapi.json"));
        if (upstream is not null)
        {
            start.ArgumentList.Add(upstream);
        }

        foreach (var arg in command.Skip(1).Concat(["-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture)]))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var prism = new PrismProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => prism.Record(e.Data);
        process.ErrorDataReceived += (_, e) => prism.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await prism.WaitUntilListeningAsync(port).ConfigureAwait(false);
        return prism;
    }

    // A fresh clone has no node_modules: install build/tools (pinned by its lockfile) as build/with-mock does, so a single
    // `dotnet test` works on its own. Test projects run in parallel: an exclusive lock file lets one of them install.
    private static async Task InstallToolsAsync(string repoRoot, string cli)
    {
        var tools = Path.Combine(repoRoot, "build/tools");
        var deadline = Stopwatch.StartNew();
        FileStream? gate = null;
        while (gate is null)
        {
            try
            {
                gate = new FileStream(Path.Combine(tools, ".install.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (deadline.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(500).ConfigureAwait(false);
            }
        }

        using (gate)
        {
            if (File.Exists(cli))
            {
                return;
            }

            var start = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = repoRoot };
            foreach (var arg in new[] { "ci", "--prefix", tools, "--no-audit", "--no-fund", "--loglevel=error" })
            {
                start.ArgumentList.Add(arg);
            }

            using var npm = Process.Start(start) ?? throw new InvalidOperationException("could not start npm (Node 20 is needed for the mock)");
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync().ConfigureAwait(false);
            if (npm.ExitCode != 0 || !File.Exists(cli))
            {
                throw new InvalidOperationException($"`npm ci --prefix build/tools` failed (exit {npm.ExitCode}); Prism is needed for the mock:\n{await stdout.ConfigureAwait(false)}{await stderr.ConfigureAwait(false)}");
            }
        }
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

    // Prism logs before it listens; a TCP connect is the only readiness signal that does not depend on the upstream.
    private async Task WaitUntilListeningAsync(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("Prism exited during start-up:\n" + Output);
            }

            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }

        throw new TimeoutException("Prism did not listen within 90 s:\n" + Output);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
