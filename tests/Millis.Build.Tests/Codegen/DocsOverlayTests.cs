using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rule docs-overlay: every model type and property ends with a description, the vendor's first.</summary>
public class DocsOverlayTests
{
    private static JObject Thing(string? description = null, string? nameDescription = null)
    {
        var name = new JObject { ["type"] = "string" };
        if (nameDescription is not null)
        {
            name["description"] = nameDescription;
        }

        var thing = new JObject { ["type"] = "object", ["properties"] = new JObject { ["name"] = name } };
        if (description is not null)
        {
            thing["description"] = description;
        }

        return thing;
    }

    private static JObject Overlay(string type, string summary, string property, string text) =>
        JObject.Parse($$"""{ "types": { "{{type}}": { "summary": "{{summary}}", "properties": { "{{property}}": "{{text}}" } } } }""");

    private static JToken Schema(JObject doc, string name) => Json.Schemas(doc)[name]!;

    [Test]
    public void TheVendorsDescriptionWinsOverTheOverlay()
    {
        var doc = MiniSpec.With(Thing("From the vendor.", "Vendor name."));

        DocsOverlay.Apply(doc, Overlay("Thing", "From the overlay.", "name", "Overlay name."));

        Assert.That((string?)Schema(doc, "Thing")["description"], Is.EqualTo("From the vendor."));
        Assert.That((string?)Schema(doc, "Thing")["properties"]!["name"]!["description"], Is.EqualTo("Vendor name."));
    }

    [Test]
    public void TheOverlayDescribesWhatTheVendorDoesNot()
    {
        var doc = MiniSpec.With(Thing());

        DocsOverlay.Apply(doc, Overlay("Thing", "A thing.", "name", "Its name."));

        Assert.That((string?)Schema(doc, "Thing")["description"], Is.EqualTo("A thing."));
        Assert.That((string?)Schema(doc, "Thing")["properties"]!["name"]!["description"], Is.EqualTo("Its name."));
        Assert.That(Warnings.Of(doc), Is.Empty);
    }

    [Test]
    public void AnInputTypeSplitFromItsOutputReadsTheOutputsEntry()
    {
        var doc = MiniSpec.With(Thing(), ("ThingInput", Thing()));

        DocsOverlay.Apply(doc, Overlay("Thing", "A thing.", "name", "Its name."));

        Assert.That((string?)Schema(doc, "ThingInput")["description"], Is.EqualTo("A thing."));
        Assert.That((string?)Schema(doc, "ThingInput")["properties"]!["name"]!["description"], Is.EqualTo("Its name."));
    }

    [Test]
    public void AFieldDescribedNowhereGetsAFallbackAMarkerAndAWarningNamingIt()
    {
        var doc = MiniSpec.With(Thing("A thing."));

        DocsOverlay.Apply(doc, new JObject());

        var name = Schema(doc, "Thing")["properties"]!["name"]!;
        Assert.That((string?)name["description"], Is.EqualTo("The name field."));
        Assert.That((bool?)name[DocsOverlay.UndocumentedKey], Is.True);
        Assert.That(Warnings.Of(doc), Has.One.Contains("MILLIS003").And.Contains("Thing.name"));
    }

    [Test]
    public void APreferredWireFieldIsMarkedAndPointsAtItsWrapper()
    {
        var doc = MiniSpec.With(Thing("A thing.", "Raw name."));

        DocsOverlay.Apply(doc, JObject.Parse("""{ "preferred": { "Thing.name": "DisplayName" } }"""));

        var name = Schema(doc, "Thing")["properties"]!["name"]!;
        Assert.That((string?)name[DocsOverlay.PreferredKey], Is.EqualTo("DisplayName"));
        Assert.That((string?)name["description"], Does.StartWith("Raw name.").And.Contains("Prefer DisplayName"));
        Assert.That(DocsOverlay.Preferred(doc), Is.EquivalentTo(new[] { "Thing.name" }));
    }

    [Test]
    public void APreferredEntryTheSpecNoLongerHasIsAWarningNotAFailure()
    {
        var doc = MiniSpec.With(Thing("A thing.", "Raw name."));

        DocsOverlay.Apply(doc, JObject.Parse("""{ "preferred": { "Thing.gone": "Gone" } }"""));

        Assert.That(Warnings.Of(doc), Has.One.Contains("Thing.gone"));
    }
}
