using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rules stable-order and property-order: the order of the vendor's document never reaches generated/.</summary>
public class OrderRulesTests
{
    private static JObject Spec() => JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json")));

    private static JObject Recorded() => JObject.Parse(File.ReadAllText(RepoFiles.PathOf("generated/property-order.json")));

    private static JObject Reversed(JObject spec)
    {
        var copy = (JObject)spec.DeepClone();
        copy["paths"] = new JObject(((JObject)copy["paths"]!).Properties().Reverse().Select(p => new JProperty(p.Name, new JObject(((JObject)p.Value).Properties().Reverse()))));
        copy["components"]!["schemas"] = new JObject(((JObject)copy["components"]!["schemas"]!).Properties().Reverse());
        foreach (var obj in copy.Descendants().OfType<JObject>().Where(o => o["properties"] is JObject).ToList())
        {
            obj["properties"] = new JObject(((JObject)obj["properties"]!).Properties().Reverse());
        }

        return copy;
    }

    [Test]
    public void TheCheckedInSpecReversedEverywhere_NormalizesToTheSameDocument()
    {
        var original = MiniSpec.Normalize(Spec(), Recorded());
        var reversed = MiniSpec.Normalize(Reversed(Spec()), Recorded());

        Assert.That(reversed.ToString(), Is.EqualTo(original.ToString()));
    }

    [Test]
    public void TheRecordedOrderWins_OverTheDocumentsOrder()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("b", MiniSpec.Type("string")), ("a", MiniSpec.Type("string"))));
        var recorded = new JObject { ["Thing"] = new JArray("a", "b") };

        var thing = MiniSpec.Thing(MiniSpec.Normalize(spec, recorded));

        Assert.That(((JObject)thing["properties"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void NewFieldsFollowTheRecordedOnesInNameOrder_AndRemovedOnesLeaveTheRecord()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("z", MiniSpec.Type("string")), ("b", MiniSpec.Type("string")), ("y", MiniSpec.Type("string"))));
        var recorded = new JObject { ["Thing"] = new JArray("b", "gone") };

        var thing = MiniSpec.Thing(SpecNormalizer.Normalize(spec, recorded, out var updated));

        Assert.That(((JObject)thing["properties"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "b", "y", "z" }));
        Assert.That(updated["Thing"]!.Select(t => (string)t!), Is.EqualTo(new[] { "b", "y", "z" }));
    }

    [Test]
    public void WithoutARecord_TheDocumentsOrderIsKeptAndRecorded()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("b", MiniSpec.Type("string")), ("a", MiniSpec.Type("string"))));

        SpecNormalizer.Normalize(spec, null, out var updated);

        Assert.That(updated["Thing"]!.Select(t => (string)t!), Is.EqualTo(new[] { "b", "a" }));
    }

    [Test]
    public void PathsAndSchemasAreSortedByName()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("a", MiniSpec.Type("string"))), ("Zebra", MiniSpec.Object(("z", MiniSpec.Type("string")))), ("Apple", MiniSpec.Object(("x", MiniSpec.Type("string")))));
        MiniSpec.AddOperation(spec, "/a", "get", "Things", "Get A", "get_a");

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(MiniSpec.Schemas(normalized).Properties().Select(p => p.Name), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        Assert.That(((JObject)normalized["paths"]!).Properties().Select(p => p.Name), Is.EqualTo(new[] { "/a", "/things" }));
    }

    [Test]
    public void TheRecordedOrderFileIsInStepWithTheSpec()
    {
        SpecNormalizer.Normalize(Spec(), Recorded(), out var updated);

        Assert.That(JToken.DeepEquals(updated, Recorded()), Is.True, "run dotnet build to rewrite generated/property-order.json");
    }
}
