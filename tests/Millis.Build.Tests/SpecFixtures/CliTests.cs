using Millis.SpecFixtures;

namespace Millis.Build.Tests.SpecFixtures;

/// <summary>The command line: list, write (indented like the checked-in spec) and its errors.</summary>
public class CliTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "specfixtures-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static string SpecPath => RepoFiles.PathOf(Path.Combine("spec", "millis.openapi.json"));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void ListPrintsOneNamePerLine()
    {
        var (code, output, _) = Run("list");

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo(string.Concat(FixtureCatalog.All.Select(f => f.Name + "\n"))));
            Assert.That(output, Does.StartWith("new-operation\nnew-query-parameter\n"));
        });
    }

    [Test]
    public void ListLongGivesEachFixtureItsOneLineSummary()
    {
        var lines = Run("list", "--long").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(FixtureCatalog.All.Count));
            Assert.That(lines, Has.All.Match("^[a-z-]+: .*\\(exit [012]\\)$"));
        });
    }

    [Test]
    public void WriteProducesTheEvolvedDocumentIndentedLikeTheCheckedInSpec()
    {
        var once = Path.Combine(_dir, "once.json");
        var twice = Path.Combine(_dir, "twice.json");

        // Reversing twice gives back the same document: byte-equal only if written exactly as spec/ is.
        var first = Run("write", "full-reordering", once, "--spec", SpecPath);
        var second = Run("write", "full-reordering", twice, "--spec", once);

        Assert.Multiple(() =>
        {
            Assert.That((first.Code, second.Code), Is.EqualTo((0, 0)));
            Assert.That(File.ReadAllText(once), Is.Not.EqualTo(File.ReadAllText(SpecPath)));
            Assert.That(File.ReadAllText(twice), Is.EqualTo(File.ReadAllText(SpecPath)));
        });
    }

    [Test]
    public void WriteAppliesTheNamedFixture()
    {
        var file = Path.Combine(_dir, "out.json");

        var (code, _, _) = Run("write", "new-operation", file, "--spec", SpecPath);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(SpecFile.Read(file)["paths"]!["/agents/{agent_id}/stats"], Is.Not.Null);
        });
    }

    [Test]
    public void UnknownFixtureOrBadArgumentsExitTwoAndAnUnreadableSpecOne()
    {
        var unknown = Run("write", "no-such-fixture", Path.Combine(_dir, "x.json"), "--spec", SpecPath);

        Assert.Multiple(() =>
        {
            Assert.That(unknown.Code, Is.EqualTo(Cli.BadArguments));
            Assert.That(unknown.Err, Does.Contain("new-operation"));
            Assert.That(Run().Code, Is.EqualTo(Cli.BadArguments));
            Assert.That(Run("write", "new-operation").Code, Is.EqualTo(Cli.BadArguments));
            Assert.That(Run("write", "new-operation", Path.Combine(_dir, "x.json"), "--spec", Path.Combine(_dir, "missing.json")).Code, Is.EqualTo(Cli.Failed));
        });
    }
}
