using Millis.SpecFixtures;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecFixtures;

/// <summary>The fixtures as mutations: they leave their input alone, really reorder, and still apply to a spec that has their change already.</summary>
public class FixtureShapeTests
{
    private static IEnumerable<string> Names => FixtureCatalog.All.Select(f => f.Name);

    private static IEnumerable<string> Changing => Names.Where(n => n != "full-reordering");

    [Test]
    public void TheTenFixturesOfTheIssueAreListedInKebabCase()
    {
        Assert.That(Names, Is.EqualTo(new[]
        {
            "new-operation", "new-query-parameter", "new-inline-enum", "new-enum-values", "new-optional-fields",
            "input-output-split", "new-unnamed-union", "free-form-to-typed-map", "closed-object", "full-reordering",
        }));
    }

    [TestCaseSource(nameof(Names))]
    public void ApplyingAFixtureLeavesItsInputUnchanged(string name)
    {
        var spec = FixtureRun.CheckedInSpec();
        var before = spec.DeepClone();

        FixtureCatalog.Find(name)!.Apply(spec);

        Assert.That(JToken.DeepEquals(spec, before), Is.True);
    }

    [TestCaseSource(nameof(Changing))]
    public void AFixtureAppliedToItsOwnOutputMakesAnEquivalentChangeElsewhere(string name)
    {
        // Stands in for a vendor update that made the change already: the fixture still proves the same thing.
        var once = FixtureRun.Of(name);
        var twice = FixtureRun.Of(name, once.Evolved);

        Assert.Multiple(() =>
        {
            Assert.That(twice.Kinds, Is.EqualTo(once.Kinds));
            Assert.That(twice.ExitCode, Is.EqualTo(once.ExitCode));
            Assert.That(twice.Differences.Select(d => d.ToString()), Is.Not.EquivalentTo(once.Differences.Select(d => d.ToString())));
        });
    }

    [TestCaseSource(nameof(Names))]
    public void AFixtureProvesTheSameOnTheVendorUpdatedSpec(string name)
    {
        var vendor = VendorUpdate.Apply(FixtureRun.CheckedInSpec());

        Assert.That(FixtureRun.Of(name, vendor).Kinds, Is.EqualTo(FixtureRun.Of(name).Kinds));
    }

    [Test]
    public void TheCheckedInSpecAlreadyCarriesEveryVendorFact()
    {
        var spec = FixtureRun.CheckedInSpec();

        Assert.That(JToken.DeepEquals(VendorUpdate.Apply(spec), spec), Is.True, "spec/ differs from the vendor's document (issue 10 §1)");
    }

    [Test]
    public void BothPhonePurchaseOperationsListTheirTagTwiceAsTheVendorDoes()
    {
        var paths = FixtureRun.CheckedInSpec()["paths"]!;

        Assert.That(new[] { paths["/phones/import"]!["post"]!["tags"]!, paths["/phones/purchase"]!["post"]!["tags"]! }.Select(t => string.Join(",", t.Values<string>())), Is.All.EqualTo("Phones,Phones"));
    }

    [Test]
    public void TheVendorUpdateIsSeenBySpecDiff_FromTheSpecBeforeIt()
    {
        // spec/ now is the vendor's document; the copy from before the update is test data.
        var before = JObject.Parse(File.ReadAllText(RepoFiles.PathOf("tests/Millis.Build.Tests/TestData/millis.openapi.before-vendor-facts.json")));
        var kinds = Millis.SpecDiff.SpecDiffer.Compare(before, FixtureRun.CheckedInSpec()).Select(FixtureRun.Kind).Distinct();

        Assert.That(kinds, Is.SupersetOf(new[] { "object-closed breaking/none", "free-form-to-typed-map breaking/breaking", "narrowed-to-enum breaking/breaking", "default-added breaking/none" }));
    }

    [Test]
    public void FullReorderingReversesPathsMethodsSchemasAndProperties()
    {
        var run = FixtureRun.Of("full-reordering");
        string[] Keys(JToken? obj) => ((JObject)obj!).Properties().Select(p => p.Name).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(Keys(run.Evolved["paths"]), Is.EqualTo(Keys(run.Spec["paths"]).Reverse()));
            Assert.That(Keys(run.Evolved["paths"]!["/agents"]), Is.EqualTo(Keys(run.Spec["paths"]!["/agents"]).Reverse()));
            Assert.That(Keys(run.Evolved["components"]!["schemas"]), Is.EqualTo(Keys(run.Spec["components"]!["schemas"]).Reverse()));
            Assert.That(Keys(run.Evolved["components"]!["schemas"]!["Phone"]!["properties"]), Is.EqualTo(Keys(run.Spec["components"]!["schemas"]!["Phone"]!["properties"]).Reverse()));
            Assert.That(JToken.DeepEquals(run.Evolved, run.Spec), Is.True, "only the order may change");
        });
    }

    [Test]
    public void AFixtureWhoseTargetIsGoneSaysWhat()
    {
        var spec = FixtureRun.CheckedInSpec();
        ((JObject)spec["components"]!["schemas"]!).Remove("VoiceProvider");

        Assert.That(() => FixtureCatalog.Find("new-enum-values")!.Apply(spec), Throws.TypeOf<FixtureException>().With.Message.Contains("VoiceProvider"));
    }

    [Test]
    public void NewOperationCopiesTheAuthorizationHeaderOfTheOtherAgentOperations()
    {
        var run = FixtureRun.Of("new-operation");
        var parameter = (JArray)run.Evolved["paths"]!["/agents/{agent_id}/stats"]!["get"]!["parameters"]!;
        var model = run.Spec["paths"]!["/agents/{agent_id}"]!["get"]!["parameters"]!.First(p => (string?)p["name"] == "authorization");

        Assert.Multiple(() =>
        {
            Assert.That(JToken.DeepEquals(parameter.First(p => (string?)p["name"] == "authorization"), model), Is.True);
            Assert.That((string?)run.Evolved["paths"]!["/agents/{agent_id}/stats"]!["get"]!["tags"]![0], Is.EqualTo("Agents"));
            Assert.That(run.Evolved["paths"]!["/agents/{agent_id}/stats"]!["get"]!["responses"]!["422"], Is.Not.Null);
        });
    }
}
