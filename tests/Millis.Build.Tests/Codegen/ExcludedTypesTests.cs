using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>ExcludedTypes.Check keeps nswag.json's excludedTypeNames equal to the placeholders the normalizer produced.</summary>
public class ExcludedTypesTests
{
    /// <summary>A normalized document with one hand-written union placeholder (Webhook) and one extensible enum (Color).</summary>
    private static JObject Normalized() => MiniSpec.Normalize(MiniSpec.With(
        MiniSpec.Object(
            ("hook", new JObject { ["anyOf"] = new JArray(MiniSpec.Type("string"), MiniSpec.Ref("WebhookConfig"), MiniSpec.Type("null")) }),
            ("color", MiniSpec.Ref("Color"))),
        ("WebhookConfig", MiniSpec.Object(("url", MiniSpec.Type("string")))),
        ("Color", new JObject { ["type"] = "string", ["enum"] = new JArray("red") })));

    private static JObject Nswag(params string[] excluded) => new()
    {
        ["documentGenerator"] = new JObject { ["fromDocument"] = new JObject { ["url"] = "(set by the tool)" } },
        ["codeGenerators"] = new JObject
        {
            ["openApiToCSharpClient"] = new JObject
            {
                ["excludedTypeNames"] = new JArray(excluded),
                ["output"] = "generated/Millis.Raw.g.cs",
                ["contractsOutputFilePath"] = "generated/Millis.Models.g.cs",
                ["templateDirectory"] = "build/Millis.Codegen/Templates",
            },
        },
    };

    private static JObject Effective(JObject nswag) => ExcludedTypes.EffectiveConfig(nswag, Normalized(), "/repo", "/repo/obj/codegen/millis.normalized.openapi.json");

    [Test]
    public void TheEffectiveConfigExcludesEveryPlaceholderWithoutAnEditOfNswagJson()
    {
        var excluded = Effective(Nswag("FileResponse")).SelectToken("codeGenerators.openApiToCSharpClient.excludedTypeNames")!.Select(t => (string)t!);

        Assert.That(excluded, Is.EqualTo(new[] { "Color", "FileResponse", "Webhook" }));
    }

    [Test]
    public void TheEffectiveConfigPointsNSwagAtTheNormalizedSpecAndAbsolutePaths()
    {
        var csharp = Effective(Nswag("FileResponse"));

        Assert.That((string?)csharp.SelectToken("documentGenerator.fromDocument.url"), Is.EqualTo(Path.GetFullPath("/repo/obj/codegen/millis.normalized.openapi.json")));
        Assert.That((string?)csharp.SelectToken("codeGenerators.openApiToCSharpClient.output"), Is.EqualTo(Path.GetFullPath("/repo/generated/Millis.Raw.g.cs")));
        Assert.That((string?)csharp.SelectToken("codeGenerators.openApiToCSharpClient.templateDirectory"), Is.EqualTo(Path.GetFullPath("/repo/build/Millis.Codegen/Templates")));
    }

    [Test]
    public void FailsWhenNswagJsonListsAPlaceholderItself_SoTheListHasOneOwner()
    {
        var ex = Assert.Throws<NormalizationException>(() => Effective(Nswag("Color", "FileResponse")));

        Assert.That(ex!.Message, Does.Contain("Color").And.Contain("remove"));
    }

    [Test]
    public void CheckedInNswagJsonWorksWithTheCheckedInSpec()
    {
        var normalized = SpecNormalizer.Normalize(JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json"))));

        Assert.DoesNotThrow(() => ExcludedTypes.EffectiveConfig(JObject.Parse(File.ReadAllText(RepoFiles.PathOf("nswag.json"))), normalized, RepoFiles.PathOf("."), "/tmp/x.json"));
    }
}
