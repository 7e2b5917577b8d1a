using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

public class SpecNormalizerTests
{
    [Test]
    public void EveryRuleSaysWhyAndWhenToRemoveIt()
    {
        Assert.That(SpecNormalizer.Rules.Where(r => string.IsNullOrWhiteSpace(r.Why) || string.IsNullOrWhiteSpace(r.RemoveWhen)).Select(r => r.Name), Is.Empty);
    }

    [Test]
    public void NormalizeLeavesTheInputDocumentUnchanged()
    {
        var spec = MiniSpec.With(new JObject { ["type"] = "object", ["properties"] = new JObject { ["a"] = MiniSpec.Nullable(new JObject { ["type"] = "string" }) } });
        var before = spec.DeepClone();

        SpecNormalizer.Normalize(spec);

        Assert.That(JToken.DeepEquals(spec, before), Is.True);
    }
}
