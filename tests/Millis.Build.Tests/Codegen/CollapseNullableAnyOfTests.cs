using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rule collapse-nullable-anyof: anyOf [X, null] becomes a nullable X.</summary>
public class CollapseNullableAnyOfTests
{
    [Test]
    public void CollapsesNullablePrimitiveToTheTypeWithNullable()
    {
        var spec = MiniSpec.WithProperty(new JObject
        {
            ["anyOf"] = new JArray(new JObject { ["type"] = "integer", ["minimum"] = 1 }, MiniSpec.Type("null")),
            ["title"] = "Count",
        });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        var expected = new JObject { ["title"] = "Count", ["type"] = "integer", ["minimum"] = 1, ["nullable"] = true };
        Assert.That(JToken.DeepEquals(p, expected), Is.True, p.ToString());
    }

    [Test]
    public void CollapsesNullableRefToOneOfWithNullable()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["anyOf"] = new JArray(MiniSpec.Ref("Other"), MiniSpec.Type("null")), ["description"] = "The other." },
            ("Other", MiniSpec.Object(("x", MiniSpec.Type("string")))));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        var expected = new JObject
        {
            ["description"] = "The other.",
            ["oneOf"] = new JArray(MiniSpec.Ref("Other")),
            ["nullable"] = true,
        };
        Assert.That(JToken.DeepEquals(p, expected), Is.True, p.ToString());
    }

    [Test]
    public void CollapsesNonNullableSingleRefAnyOfToPlainRef()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["anyOf"] = new JArray(MiniSpec.Ref("Other")) },
            ("Other", MiniSpec.Object(("x", MiniSpec.Type("string")))));

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        Assert.That(JToken.DeepEquals(p, MiniSpec.Ref("Other")), Is.True, p.ToString());
    }

    [Test]
    public void KeepsNullableArrayItemsTyped()
    {
        var spec = MiniSpec.WithProperty(new JObject
        {
            ["anyOf"] = new JArray(new JObject { ["type"] = "array", ["items"] = MiniSpec.Type("string") }, MiniSpec.Type("null")),
        });

        var p = MiniSpec.Property(MiniSpec.Normalize(spec));

        var expected = new JObject { ["type"] = "array", ["items"] = MiniSpec.Type("string"), ["nullable"] = true };
        Assert.That(JToken.DeepEquals(p, expected), Is.True, p.ToString());
    }

    [Test]
    public void FailsOnAnyOfThatAllowsOnlyNull()
    {
        var spec = MiniSpec.WithProperty(new JObject { ["anyOf"] = new JArray(MiniSpec.Type("null")) });

        var ex = Assert.Throws<NormalizationException>(() => MiniSpec.Normalize(spec));

        Assert.That(ex!.Message, Does.Contain("collapse-nullable-anyof").And.Contain("components.schemas.Thing.properties.p"));
    }
}
