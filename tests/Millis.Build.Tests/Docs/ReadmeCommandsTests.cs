using System.Diagnostics;

namespace Millis.Build.Tests.Docs;

/// <summary>
/// The README's first bash block holds the two commands a newcomer runs (the quickstart, then the tests), and .ci/run
/// reads them from there: CI runs the first before anything else is built and ends with the second. These tests keep
/// the block, the scripts it names and the files the README links to in step.
/// </summary>
public class ReadmeCommandsTests
{
    [Test]
    public void TheFirstBashBlockHoldsTheQuickstartThenTheTests()
    {
        Assert.That(ReadmeCommands(), Is.EqualTo(new[] { "bash samples/run-quickstart", "bash build/test" }));
    }

    [Test]
    public void CiReadsTheSameTwoCommandsFromTheReadme()
    {
        var script = Path.Combine(RepoFiles.Root, ".ci/run");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoFiles.Root };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("--print-readme-commands");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.Zero, process.StandardError.ReadToEnd());
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(ReadmeCommands()));
    }

    [Test]
    public void TheFilesTheReadmeSendsUsersToExist()
    {
        Assert.Multiple(() =>
        {
            foreach (var file in new[] { "LICENSE", "CHANGELOG.md", "CONTRIBUTING.md", "SECURITY.md", "samples/run-quickstart", "samples/run-examples", "samples/run-agent-server", "build/test", "build/with-mock" })
            {
                Assert.That(File.Exists(RepoFiles.PathOf(file)), Is.True, file);
            }

            Assert.That(File.ReadAllText(RepoFiles.PathOf("CHANGELOG.md")), Does.Contain("## Unreleased"));
        });
    }

    private static string[] ReadmeCommands()
    {
        var lines = File.ReadAllLines(RepoFiles.PathOf("README.md"));
        var open = Array.IndexOf(lines, "```bash");
        Assert.That(open, Is.GreaterThanOrEqualTo(0), "README.md has a ```bash block");
        return lines.Skip(open + 1).TakeWhile(l => l != "```").Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToArray();
    }
}
