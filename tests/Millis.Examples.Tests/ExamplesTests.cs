using System.Diagnostics;
using Millis.Prism;

namespace Millis.Examples.Tests;

/// <summary>
/// Every example in samples/Millis.Examples runs to the end against the local mock (Prism serving spec/ with request
/// validation, so a request that breaks the contract fails the example), and the runner behaves as its usage says.
/// </summary>
[TestFixture]
[Category("Examples")]
[NonParallelizable]
public class ExamplesTests
{
    private PrismProcess _prism = null!;

    public static IEnumerable<TestCaseData> Examples() =>
        ExampleRunner.All.Select(e => new TestCaseData(e.Name).SetName("Example_" + e.Name.Replace('-', '_')));

    [OneTimeSetUp]
    public async Task StartMock() => _prism = await PrismProcess.StartMockAsync(RepoRoot);

    [OneTimeTearDown]
    public async Task StopMock()
    {
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Examples))]
    public async Task RunsToTheEndAgainstTheMock(string name)
    {
        var (code, output, error) = await RunAsync([name], new ExampleSettings(_prism.BaseUrl, null));

        Assert.That(code, Is.Zero, $"exit code {code}\n{error}\n{output}\nPrism:\n{_prism.Output}");
        Assert.That(output, Does.Contain($"== {name}:").And.Contain("   ok ("));
    }

    [Test]
    public async Task TheProgramRunsEveryExampleAndExitsZero()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(ExampleRunner).Assembly.Location);
        start.ArgumentList.Add("all");
        start.Environment["MILLIS_BASE_URL"] = _prism.BaseUrl.ToString();
        start.Environment.Remove("MILLIS_API_KEY");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        Assert.That(process.ExitCode, Is.Zero, await stderr + await stdout);
        Assert.That(await stdout, Does.Contain("== unit-testing:"));
    }

    [Test]
    public async Task WithoutAServerItSaysHowToRunAndExits2()
    {
        var (code, _, error) = await RunAsync(["agents"], new ExampleSettings(null, null));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("bash samples/run-examples"));
    }

    [Test]
    public async Task AnApiKeyAloneDoesNotReachTheRealApi()
    {
        var (code, _, error) = await RunAsync(["agents"], new ExampleSettings(null, "a-real-key"));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--live"));
    }

    [Test]
    public async Task AnUnknownNameListsTheExamples()
    {
        var (code, _, error) = await RunAsync(["no-such-example"], new ExampleSettings(_prism.BaseUrl, null));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("no-such-example").And.Contain("chat-tools"));
    }

    [Test]
    public void EveryExampleFileIsInTheCatalogAndTheReadme()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot, "samples/Millis.Examples/Examples"), "*Example.cs");
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));

        Assert.Multiple(() =>
        {
            Assert.That(files, Has.Length.EqualTo(ExampleRunner.All.Count), "one file per example, each listed in ExampleRunner.All");
            foreach (var example in ExampleRunner.All)
            {
                Assert.That(readme, Does.Contain($"`{example.Name}`"), $"README.md lists the example {example.Name}");
            }
        });
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, ExampleSettings settings)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ExampleRunner.RunAsync(args, settings, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string RepoRoot => Repository.Root;
}
