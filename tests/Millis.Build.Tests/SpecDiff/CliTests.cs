using Millis.SpecDiff;
using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>The command line (exit codes, text and JSON output), the seeds' enum generations and the checked-in spec.</summary>
public class CliTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "specdiff-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private static string TestData(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name);

    private string Write(string name, JObject spec)
    {
        var file = Path.Combine(_dir, name);
        File.WriteAllText(file, spec.ToString());
        return file;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = Cli.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Test]
    public void IdenticalSpecsHaveNoDifferencesAndExitZero()
    {
        var spec = Returning(Object(new JObject { ["id"] = Str }), ("Region", Enum("us")));
        var (code, output, _) = Run(Write("a.json", spec), Write("b.json", (JObject)spec.DeepClone()));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo("no differences\n"));
        });
    }

    [Test]
    public void OnlyAdditiveExitsOneAndBreakingExitsTwo()
    {
        var narrow = Write("narrow.json", Returning(Object(new JObject { ["id"] = Str })));
        var wide = Write("wide.json", Returning(Object(new JObject { ["id"] = Str, ["tags"] = Array(Str) })));

        var added = Run(narrow, wide);
        var removed = Run(wide, narrow);

        Assert.Multiple(() =>
        {
            Assert.That(added.Code, Is.EqualTo(1));
            Assert.That(added.Out, Is.EqualTo("GET /things 200 → tags: new response field (array of string) (wire: additive · C#: additive)\n"
                + "1 differences; wire: 0 breaking, 1 additive, 0 none; C#: 0 breaking, 1 additive, 0 none\n"));
            Assert.That(removed.Code, Is.EqualTo(2));
            Assert.That(removed.Out, Does.StartWith("GET /things 200 → tags: response field removed (wire: breaking · C#: breaking)\n"));
        });
    }

    [Test]
    public void JsonOutputIsAnArrayOfBothVerdictsRuleLocationMessageAndUnionFlag()
    {
        var (code, output, _) = Run(TestData("voice-provider-2025.json"), TestData("voice-provider-2024.json"), "--json");

        var array = JArray.Parse(output);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(array, Has.Count.EqualTo(5));
            Assert.That(JToken.DeepEquals(array[0], new JObject
            {
                ["wire"] = "breaking",
                ["csharp"] = "breaking",
                ["rule"] = "removed-enum-value",
                ["location"] = "components VoiceProvider",
                ["message"] = "removed enum value \"orpheus\"",
                ["needsNamedUnion"] = false,
            }), Is.True, array[0].ToString());
        });
    }

    [Test]
    public void FindingsThatAreNoneOnTheWireAreListedAndExitZero()
    {
        // A length limit only the response half has: a split that no client on the wire can see.
        var described = Object(new JObject { ["id"] = new JObject { ["type"] = "string", ["maxLength"] = 64 } });
        var doc = (JObject output) => Doc(
            new JObject { ["/agents"] = new JObject { ["get"] = Operation(Ref("Agent-Output")), ["post"] = WithBody(Operation(Str), Ref("Agent-Input")) } },
            ("Agent-Input", Object(new JObject { ["id"] = Str })),
            ("Agent-Output", output));

        var (code, output, _) = Run(Write("a.json", doc(Object(new JObject { ["id"] = Str }))), Write("b.json", doc(described)));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output, Is.EqualTo("components Agent-Input, Agent-Output: bodies now differ: the C# type Agent becomes AgentInput for Agent-Input, Agent for Agent-Output (wire: none · C#: breaking)\n"
                + "1 differences; wire: 0 breaking, 0 additive, 1 none; C#: 1 breaking, 0 additive, 0 none\n"));
        });
    }

    [Test]
    public void AnUnnamedUnionIsFlaggedInTextAndJson()
    {
        var before = Write("a.json", Returning(Object(new JObject { ["id"] = Str })));
        var after = Write("b.json", Returning(Object(new JObject { ["id"] = AnyOf(Str, new JObject { ["type"] = "number" }) })));

        var text = Run(before, after);
        var json = JArray.Parse(Run(before, after, "--json").Out);

        Assert.Multiple(() =>
        {
            Assert.That(text.Code, Is.EqualTo(2));
            Assert.That(text.Out, Is.EqualTo("GET /things 200 → id: type changed from string to union: [string, number] matches no named union (wire: breaking · C#: breaking · needs a named union)\n"
                + "1 differences; wire: 1 breaking, 0 additive, 0 none; C#: 1 breaking, 0 additive, 0 none; 1 need a named union\n"));
            Assert.That((string?)json[0]["rule"], Is.EqualTo("new-unnamed-union"));
            Assert.That((bool?)json[0]["needsNamedUnion"], Is.True);
        });
    }

    [Test]
    public void BadArgumentsOrUnreadableFilesExitThree()
    {
        var spec = Write("a.json", Returning(Str));
        File.WriteAllText(Path.Combine(_dir, "not-openapi.json"), "{\"hello\": 1}");

        Assert.Multiple(() =>
        {
            Assert.That(Run(spec).Code, Is.EqualTo(Cli.Error));
            Assert.That(Run(spec, Path.Combine(_dir, "missing.json")).Code, Is.EqualTo(Cli.Error));
            Assert.That(Run(spec, Path.Combine(_dir, "not-openapi.json")).Code, Is.EqualTo(Cli.Error));
        });
    }

    [Test]
    public void SeedVoiceProviderGenerationsDifferByFiveNewEnumValues()
    {
        var (code, output, _) = Run(TestData("voice-provider-2024.json"), TestData("voice-provider-2025.json"));

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(output, Is.EqualTo(string.Concat(new[] { "orpheus", "sesame", "kokoro", "sarvam", "hume" }
                .Select(v => $"components VoiceProvider: new enum value \"{v}\" (wire: additive · C#: additive)\n"))
                + "5 differences; wire: 0 breaking, 5 additive, 0 none; C#: 0 breaking, 5 additive, 0 none\n"));
        });
    }

    [Test]
    public void TheCheckedInSpecDiffedWithItselfHasNoDifferences()
    {
        var spec = RepoSpec();

        Assert.Multiple(() =>
        {
            Assert.That(SpecDiffer.Compare(spec, (JObject)spec.DeepClone()), Is.Empty);
            Assert.That(Run(SpecPath(), SpecPath()).Code, Is.EqualTo(0));
        });
    }

    [Test]
    public void TheCheckedInSpecSeesADroppedVoiceProviderValue()
    {
        // Guards the self-diff above against passing because nothing is compared.
        var changed = RepoSpec();
        ((JArray)changed["components"]!["schemas"]!["VoiceProvider"]!["enum"]!).Last!.Remove();

        Assert.That(Diff(RepoSpec(), changed), Is.EqualTo(new[] { "breaking/breaking removed-enum-value components VoiceProvider: removed enum value \"hume\"" }));
    }

    private static JObject RepoSpec() => JObject.Parse(File.ReadAllText(SpecPath()));

    private static string SpecPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Millis.Generated.sln")))
            {
                return Path.Combine(dir.FullName, "spec", "millis.openapi.json");
            }
        }

        throw new InvalidOperationException("Millis.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
