using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rules on schemas: const-to-default, extensible-enums, free-form objects, numeric bounds, single allOf, openapi version.</summary>
public class SchemaRulesTests
{
    private static JObject Color() => new() { ["type"] = "string", ["enum"] = new JArray("red", "green", "light-blue"), ["title"] = "Color" };

    [Test]
    public void TurnsStringConstIntoAPlainStringMarkedWithItsValue()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "string", ["const"] = "user", ["enum"] = new JArray("user"), ["title"] = "Role" });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["type"] = "string", ["title"] = "Role", [ConstValues.Key] = "user" }), Is.True, p.ToString());
    }

    [Test]
    public void TurnsStringEnumSchemaIntoExtensibleEnumPlaceholder()
    {
        var spec = MiniSpec.WithProperty(MiniSpec.Ref("Color"), ("Color", Color()));

        var color = MiniSpec.Schema(MiniSpec.Normalize(spec), "Color");

        Assert.That(JToken.DeepEquals(color[ExtensibleEnums.ValuesKey], new JArray("red", "green", "light-blue")), Is.True);
        Assert.That(color["enum"], Is.Null);
        Assert.That((string?)color["type"], Is.EqualTo("object"));
        Assert.That(color["additionalProperties"], Is.Null, "the free-form rule must leave enum placeholders alone");
    }

    [Test]
    public void DropsEveryDefaultAndStatesItInTheDescription()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "boolean", ["description"] = "Record calls", ["default"] = false });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(p["default"], Is.Null);
        Assert.That((string?)p["description"], Is.EqualTo("Record calls. Server default: false."));
    }

    [Test]
    public void DropsDefaultThatPointsAtAnExtensibleEnum()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["$ref"] = "#/components/schemas/Color", ["default"] = "red" }, ("Color", Color()));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["$ref"] = "#/components/schemas/Color", ["description"] = "Server default: \"red\"." }), Is.True, p.ToString());
    }

    [Test]
    public void DropsAnEmptyDefaultWithoutANote()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "array", ["items"] = MiniSpec.Type("string"), ["default"] = new JArray() });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(p["default"], Is.Null);
        Assert.That(p["description"], Is.Null);
    }

    [Test]
    public void KeepsAPropertyThatIsCalledDefault()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("default", MiniSpec.Type("string")), ("other", MiniSpec.Type("string"))));

        var thing = MiniSpec.Thing(MiniSpec.Normalize(spec));

        Assert.That(thing["properties"]!["default"], Is.Not.Null);
    }

    [Test]
    public void GivesFreeFormObjectEmptyAdditionalProperties()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "object", ["title"] = "Settings" });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["additionalProperties"], new JObject()), Is.True, p.ToString());
    }

    [Test]
    public void TurnsAdditionalPropertiesTrueIntoEmptySchema()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "object", ["additionalProperties"] = true });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["additionalProperties"], new JObject()), Is.True, p.ToString());
    }

    [Test]
    public void ClosesAnObjectWithPropertiesForNSwag_TheBaseClassKeepsUnknownFields()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string"))));

        var thing = MiniSpec.Thing(MiniSpec.Normalize(spec));

        Assert.That((bool?)thing["additionalProperties"], Is.False);
        Assert.That(thing[UnknownFieldsInBase.ClosedKey], Is.Null, "the vendor did not close it");
    }

    [Test]
    public void MarksAnObjectTheVendorClosed()
    {
        var closed = MiniSpec.Object(("x", MiniSpec.Type("string")));
        closed["additionalProperties"] = false;

        var thing = MiniSpec.Thing(MiniSpec.Normalize(MiniSpec.With(closed)));

        Assert.That((bool?)thing[UnknownFieldsInBase.ClosedKey], Is.True);
    }

    [TestCase("created_at")]
    [TestCase("ts")]
    [TestCase("start_time")]
    public void MakesAnIntegerTimestamp64Bit(string name)
    {
        var spec = MiniSpec.With(MiniSpec.Object((name, MiniSpec.Type("integer")), ("count", MiniSpec.Type("integer"))));

        var properties = MiniSpec.Thing(MiniSpec.Normalize(spec))["properties"]!;

        Assert.That((string?)properties[name]!["format"], Is.EqualTo("int64"));
        Assert.That(properties["count"]!["format"], Is.Null);
    }

    [Test]
    public void KeepsTypedAdditionalPropertiesOfFreeFormObject()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "object", ["additionalProperties"] = MiniSpec.Type("integer") });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p["additionalProperties"], MiniSpec.Type("integer")), Is.True, p.ToString());
    }

    [Test]
    public void TurnsNumericExclusiveMinimumIntoMinimumWithFlag()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "number", ["exclusiveMinimum"] = 0 });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["type"] = "number", ["minimum"] = 0, ["exclusiveMinimum"] = true }), Is.True, p.ToString());
    }

    [Test]
    public void TurnsNumericExclusiveMaximumIntoMaximumWithFlag()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["type"] = "number", ["exclusiveMaximum"] = 1.5 });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["type"] = "number", ["maximum"] = 1.5, ["exclusiveMaximum"] = true }), Is.True, p.ToString());
    }

    [Test]
    public void TurnsSingleAllOfRefIntoRefKeepingTheDescription()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["allOf"] = new JArray(MiniSpec.Ref("Other")), ["description"] = "The other." },
            ("Other", MiniSpec.Object(("x", MiniSpec.Type("string")))));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, new JObject { ["$ref"] = "#/components/schemas/Other", ["description"] = "The other." }), Is.True, p.ToString());
    }

    [Test]
    public void DeclaresOpenApi303()
    {
        var normalized = MiniSpec.Normalize(MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string")))));

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
