using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rule named-unions: a known multi-form anyOf becomes a $ref to its hand-written type; an unknown one fails.</summary>
public class NamedUnionsTests
{
    private static JObject WebhookConfig() => MiniSpec.Object(("url", MiniSpec.Type("string")), ("headers", MiniSpec.Type("object")));

    private static JObject StringOrWebhookConfig(bool nullable)
    {
        var forms = new JArray(MiniSpec.Type("string"), MiniSpec.Ref("WebhookConfig"));
        if (nullable)
        {
            forms.Add(MiniSpec.Type("null"));
        }

        return new JObject { ["anyOf"] = forms, ["title"] = "Session Data Webhook" };
    }

    [Test]
    public void ReplacesKnownNullableUnionByNullableRefToHandWrittenType()
    {
        var spec = MiniSpec.WithProperty(StringOrWebhookConfig(nullable: true), ("WebhookConfig", WebhookConfig()));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        var expected = new JObject { ["title"] = "Session Data Webhook", ["oneOf"] = new JArray(MiniSpec.Ref("Webhook")), ["nullable"] = true };
        Assert.That(JToken.DeepEquals(p, expected), Is.True, p.ToString());
    }

    [Test]
    public void ReplacesKnownNonNullableUnionByPlainRefToHandWrittenType()
    {
        var spec = MiniSpec.WithProperty(StringOrWebhookConfig(nullable: false), ("WebhookConfig", WebhookConfig()));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(p["$ref"]?.ToString(), Is.EqualTo("#/components/schemas/Webhook"));
        Assert.That(p["nullable"], Is.Null);
    }

    [Test]
    public void MatchesUnionMembersInAnyOrder()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["anyOf"] = new JArray(MiniSpec.Ref("WebhookConfig"), MiniSpec.Type("string")) },
            ("WebhookConfig", WebhookConfig()));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(p["$ref"]?.ToString(), Is.EqualTo("#/components/schemas/Webhook"));
    }

    [Test]
    public void AddsPlaceholderSchemaMarkedHandWrittenForKnownUnion()
    {
        var spec = MiniSpec.WithProperty(StringOrWebhookConfig(nullable: true), ("WebhookConfig", WebhookConfig()));

        var placeholder = MiniSpec.Schema(MiniSpec.Normalize(spec), "Webhook");

        Assert.That((string?)placeholder[NamedUnions.HandWrittenMarker], Is.EqualTo("facade/Agents/Webhook.cs"));
        Assert.That(placeholder["properties"], Is.Null);
        Assert.That(placeholder["additionalProperties"], Is.Null, "the free-form rule must leave hand-written placeholders alone");
    }

    [Test]
    public void AddsNoPlaceholderForUnionsTheSpecDoesNotUse()
    {
        var spec = MiniSpec.WithProperty(StringOrWebhookConfig(nullable: true), ("WebhookConfig", WebhookConfig()));

        var schemas = MiniSpec.Schemas(MiniSpec.Normalize(spec));

        Assert.That(schemas.Properties().Select(p => p.Name), Is.EquivalentTo(new[] { "Thing", "WebhookConfig", "Webhook" }));
    }

    [Test]
    public void UnknownUnion_BecomesTheGenericMillisUnion()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["anyOf"] = new JArray(MiniSpec.Type("string"), MiniSpec.Type("boolean"), MiniSpec.Type("null")) });

        var normalized = MiniSpec.Normalize(spec);

        Assert.That((string?)MiniSpec.Property(normalized)["oneOf"]![0]!["$ref"], Is.EqualTo("#/components/schemas/MillisUnion"));
        Assert.That(MiniSpec.Schema(normalized, "MillisUnion")[NamedUnions.HandWrittenMarker], Is.Not.Null);
    }

    [Test]
    public void UnknownUnion_RaisesAWarningNamingThePathTheFormsAndTheFileToEdit()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["anyOf"] = new JArray(MiniSpec.Type("string"), MiniSpec.Type("boolean"), MiniSpec.Type("null")) });

        var warning = Warnings.Of(MiniSpec.Normalize(spec)).Single();

        Assert.That(warning, Does.StartWith("MILLIS002:"));
        Assert.That(warning, Does.Contain("components.schemas.Thing.properties.p").And.Contain("build/Millis.Codegen/UnionTypes.cs"));
        Assert.That(warning, Does.Contain("string").And.Contain("boolean"));
    }

    [Test]
    public void UnionWithOnlySomeMembersOfAKnownUnion_IsNotThatUnion()
    {
        // integer | string | WebhookConfig is not Webhook (string | WebhookConfig) even though it contains it.
        var spec = MiniSpec.WithProperty(
            new JObject { ["anyOf"] = new JArray(MiniSpec.Type("string"), MiniSpec.Ref("WebhookConfig"), MiniSpec.Type("integer")) },
            ("WebhookConfig", WebhookConfig()));

        var normalized = MiniSpec.Normalize(spec);

        Assert.That((string?)MiniSpec.Property(normalized)["$ref"], Is.EqualTo("#/components/schemas/MillisUnion"));
    }

    [Test]
    public void EveryKnownUnionIsHandWrittenInAnExistingFacadeFile()
    {
        var missing = UnionTypes.All.Where(u => !File.Exists(RepoFiles.PathOf(u.HandWrittenIn))).Select(u => u.HandWrittenIn);

        Assert.That(missing, Is.Empty);
    }
}
