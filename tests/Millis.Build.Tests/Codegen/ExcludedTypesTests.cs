using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>ExcludedTypes.Check keeps nswag.json's excludedTypeNames equal to the placeholders the normalizer produced.</summary>
public class ExcludedTypesTests
{
    /// <summary>A normalized document with one hand-written union placeholder (Webhook) and one extensible enum (Color).</summary>
    private static JObject Normalized() => SpecNormalizer.Normalize(MiniSpec.With(
        MiniSpec.Object(
            ("hook", new JObject { ["anyOf"] = new JArray(MiniSpec.Type("string"), MiniSpec.Ref("WebhookConfig"), MiniSpec.Type("null")) }),
            ("color", MiniSpec.Ref("Color"))),
        ("WebhookConfig", MiniSpec.Object(("url", MiniSpec.Type("string")))),
        ("Color", new JObject { ["type"] = "string", ["enum"] = new JArray("red") })));

    private static JObject Nswag(params string[] excluded) => new()
    {
        ["codeGenerators"] = new JObject { ["openApiToCSharpClient"] = new JObject { ["excludedTypeNames"] = new JArray(excluded) } },
    };

    [Test]
    public void AcceptsListEqualToPlaceholdersPlusFileResponse()
    {
        Assert.DoesNotThrow(() => ExcludedTypes.Check(Normalized(), Nswag("Color", "FileResponse", "Webhook")));
    }

    [Test]
    public void FailsNamingTheTypeToAddWhenAPlaceholderIsMissing()
    {
        var ex = Assert.Throws<NormalizationException>(() => ExcludedTypes.Check(Normalized(), Nswag("FileResponse", "Webhook")));

        Assert.That(ex!.Message, Does.Contain("add Color"));
        Assert.That(ex.Message, Does.Not.Contain("remove"));
    }

    [Test]
    public void FailsNamingTheTypeToRemoveWhenTheListHasAnExtraName()
    {
        var ex = Assert.Throws<NormalizationException>(() => ExcludedTypes.Check(Normalized(), Nswag("Color", "FileResponse", "Webhook", "OldUnion")));

        Assert.That(ex!.Message, Does.Contain("remove OldUnion"));
        Assert.That(ex.Message, Does.Not.Contain("add "));
    }

    [Test]
    public void FailsNamingBothWhenTypesAreMissingAndExtra()
    {
        var ex = Assert.Throws<NormalizationException>(() => ExcludedTypes.Check(Normalized(), Nswag("FileResponse", "Webhook", "OldUnion")));

        Assert.That(ex!.Message, Does.Contain("add Color").And.Contain("remove OldUnion"));
    }

    [Test]
    public void FailsWhenNswagHasNoExcludedTypeNames()
    {
        var ex = Assert.Throws<NormalizationException>(() => ExcludedTypes.Check(Normalized(), new JObject()));

        Assert.That(ex!.Message, Does.Contain("add Color, FileResponse, Webhook"));
    }

    [Test]
    public void CheckedInNswagJsonIsInStepWithTheCheckedInSpec()
    {
        var normalized = SpecNormalizer.Normalize(JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json"))));

        Assert.DoesNotThrow(() => ExcludedTypes.Check(normalized, JObject.Parse(File.ReadAllText(RepoFiles.PathOf("nswag.json")))));
    }
}
