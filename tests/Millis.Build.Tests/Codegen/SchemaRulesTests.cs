using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rules on schemas: const-to-default, extensible-enums, free-form objects, numeric bounds, single allOf, openapi version.</summary>
public class SchemaRulesTests
{
    private static JObject Color() => new() { ["type"] = "string", ["enum"] = new JArray("red", "green", "light-blue"), ["title"] = "Color" };

    [Test]
    public void TurnsStringConstIntoDefault()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "string", ["const"] = "user", ["enum"] = new JArray("user"), ["title"] = "Role" });

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["type"] = "string", ["default"] = "user", ["title"] = "Role" }), Is.True, p.ToString());
    }

    [Test]
    public void TurnsStringEnumSchemaIntoExtensibleEnumPlaceholder()
    {
        var spec = MiniSpec.WithProperty(MiniSpec.Ref("Color"), ("Color", Color()));

        var color = MiniSpec.Schema(SpecNormalizer.Normalize(spec), "Color");

        Assert.That(JToken.DeepEquals(color[ExtensibleEnums.ValuesKey], new JArray("red", "green", "light-blue")), Is.True);
        Assert.That(color["enum"], Is.Null);
        Assert.That((string?)color["type"], Is.EqualTo("object"));
        Assert.That(color["additionalProperties"], Is.Null, "the free-form rule must leave enum placeholders alone");
    }

    [Test]
    public void DropsDefaultThatPointsAtAnExtensibleEnum()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["$ref"] = "#/components/schemas/Color", ["default"] = "red" }, ("Color", Color()));

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, MiniSpec.Ref("Color")), Is.True, p.ToString());
    }

    [Test]
    public void DropsDefaultOfNullableExtensibleEnum()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["anyOf"] = new JArray(MiniSpec.Ref("Color"), MiniSpec.Type("null")), ["default"] = "green" },
            ("Color", Color()));

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["oneOf"] = new JArray(MiniSpec.Ref("Color")), ["nullable"] = true }), Is.True, p.ToString());
    }

    [Test]
    public void KeepsDefaultThatPointsAtAnOrdinarySchema()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["$ref"] = "#/components/schemas/Other", ["default"] = new JObject { ["x"] = "y" } },
            ("Other", MiniSpec.Object(("x", MiniSpec.Type("string")))));

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["default"], new JObject { ["x"] = "y" }), Is.True, p.ToString());
    }

    [Test]
    public void GivesFreeFormObjectEmptyAdditionalProperties()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "object", ["title"] = "Settings" });

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["additionalProperties"], new JObject()), Is.True, p.ToString());
    }

    [Test]
    public void TurnsAdditionalPropertiesTrueIntoEmptySchema()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "object", ["additionalProperties"] = true });

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["additionalProperties"], new JObject()), Is.True, p.ToString());
    }

    [Test]
    public void LeavesObjectWithPropertiesWithoutAdditionalProperties()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string"))));

        var thing = MiniSpec.Thing(SpecNormalizer.Normalize(spec));

        Assert.That(thing["additionalProperties"], Is.Null);
    }

    [Test]
    public void KeepsTypedAdditionalPropertiesOfFreeFormObject()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "object", ["additionalProperties"] = MiniSpec.Type("integer") });

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["additionalProperties"], MiniSpec.Type("integer")), Is.True, p.ToString());
    }

    [Test]
    public void TurnsNumericExclusiveMinimumIntoMinimumWithFlag()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "number", ["exclusiveMinimum"] = 0 });

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["type"] = "number", ["minimum"] = 0, ["exclusiveMinimum"] = true }), Is.True, p.ToString());
    }

    [Test]
    public void TurnsNumericExclusiveMaximumIntoMaximumWithFlag()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "number", ["exclusiveMaximum"] = 1.5 });

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["type"] = "number", ["maximum"] = 1.5, ["exclusiveMaximum"] = true }), Is.True, p.ToString());
    }

    [Test]
    public void TurnsSingleAllOfRefIntoRefKeepingTheDescription()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["allOf"] = new JArray(MiniSpec.Ref("Other")), ["description"] = "The other." },
            ("Other", MiniSpec.Object(("x", MiniSpec.Type("string")))));

        var p = MiniSpec.Property(SpecNormalizer.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["$ref"] = "#/components/schemas/Other", ["description"] = "The other." }), Is.True, p.ToString());
    }

    [Test]
    public void DeclaresOpenApi303()
    {
        var normalized = SpecNormalizer.Normalize(MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string")))));

        Assert.That((string?)normalized["openapi"], Is.EqualTo("3.0.3"));
    }

    [Test]
    public void LeavesNoAnyOfInTheNormalizedCheckedInSpec()
    {
        var spec = JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json")));

        var normalized = SpecNormalizer.Normalize(spec);

        var anyOfs = normalized.Descendants().OfType<JProperty>().Where(p => p.Name == "anyOf").Select(p => p.Path).ToList();
        Assert.That(anyOfs, Is.Empty);
    }

    [Test]
    public void NormalizedCheckedInSpecEqualsTheCommittedGeneratedFile()
    {
        var spec = JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json")));
        var committed = JObject.Parse(File.ReadAllText(RepoFiles.PathOf("generated/millis.normalized.openapi.json")));

        Assert.That(JToken.DeepEquals(SpecNormalizer.Normalize(spec), committed), Is.True);
    }
}
