using Millis.SpecDiff;
using Millis.SpecFixtures;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecFixtures;

/// <summary>A fixture applied to the checked-in spec and diffed against it, in process.</summary>
internal sealed record FixtureRun(JObject Spec, JObject Evolved, IReadOnlyList<Difference> Differences)
{
    private static readonly Lazy<JObject> Parsed = new(() => SpecFile.Read(RepoFiles.PathOf(Path.Combine("spec", "millis.openapi.json"))));

    /// <summary>A fresh copy of spec/millis.openapi.json (parsed once per test run).</summary>
    public static JObject CheckedInSpec() => (JObject)Parsed.Value.DeepClone();

    public static FixtureRun Of(string name, JObject? spec = null)
    {
        var fixture = FixtureCatalog.Find(name) ?? throw new ArgumentException($"no fixture {name}", nameof(name));
        var baseSpec = spec ?? CheckedInSpec();
        var evolved = fixture.Apply(baseSpec);
        return new FixtureRun(baseSpec, evolved, SpecDiffer.Compare(baseSpec, evolved));
    }

    public int ExitCode => SpecDiffer.ExitCode(Differences);

    /// <summary>Each kind of finding once: <c>rule wire/csharp</c>, with <c>+union</c> when it needs a named union.</summary>
    public string[] Kinds => Differences.Select(Kind).Distinct().Order(StringComparer.Ordinal).ToArray();

    public string[] Locations => Differences.Select(d => d.Location).ToArray();

    public static string Kind(Difference d) =>
        $"{d.Rule} {Difference.Name(d.Wire)}/{Difference.Name(d.CSharp)}{(d.NeedsNamedUnion ? "+union" : "")}";
}
