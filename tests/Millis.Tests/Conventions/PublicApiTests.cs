namespace Millis.Tests.Conventions;

/// <summary>
/// The package's public surface (generated models included) must match api/Millis.net8.0.txt. A change to the public API
/// is then a reviewed diff. Accept an intended change with: MILLIS_ACCEPT_API=1 dotnet test tests/Millis.Tests --filter PublicApi
/// </summary>
public class PublicApiTests
{
    private const string Baseline = "api/Millis.net8.0.txt";

    [Test]
    public void PublicApiMatchesTheCheckedInListing()
    {
        var actual = PublicApiListing.Render(typeof(MillisClient).Assembly);
        var baselinePath = RepoFiles.PathOf(Baseline);
        if (Environment.GetEnvironmentVariable("MILLIS_ACCEPT_API") == "1")
        {
            File.WriteAllText(baselinePath, actual);
            Assert.Pass($"Wrote {Baseline}; review and commit it.");
        }

        var expected = File.Exists(baselinePath) ? File.ReadAllText(baselinePath).Replace("\r\n", "\n", StringComparison.Ordinal) : "";
        if (expected == actual)
        {
            return;
        }

        var written = RepoFiles.PathOf("artifacts/api/Millis.net8.0.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(written)!);
        File.WriteAllText(written, actual);
        var expectedLines = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var actualLines = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        var removed = expected.Split('\n').Where(l => !actualLines.Contains(l)).Select(l => "- " + l).ToList();
        var added = actual.Split('\n').Where(l => !expectedLines.Contains(l)).Select(l => "+ " + l).ToList();
        Assert.Fail(
            $"The public API changed ({removed.Count} removed, {added.Count} added lines); the listing is in {written}.\n" +
            string.Join("\n", removed.Concat(added).Take(200)) +
            "\nIf intended: MILLIS_ACCEPT_API=1 dotnet test tests/Millis.Tests --filter PublicApi, then commit api/.");
    }

    [Test]
    public void ListingIncludesGeneratedModelsAndFacadeTypes()
    {
        var listing = PublicApiListing.Render(typeof(MillisClient).Assembly);

        Assert.Multiple(() =>
        {
            Assert.That(listing, Does.Contain("class Millis.Models.AgentConfig"));
            Assert.That(listing, Does.Contain("class Millis.MillisClient"));
            Assert.That(listing, Does.Not.Contain("Millis.Generated."), "raw clients are internal");
        });
    }
}
