using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rule inline-enums: an enum written inside a property becomes an extensible struct like a named enum.</summary>
public class InlineEnumsTests
{
    private static JObject Inline(string title, params string[] values) => new()
    {
        ["anyOf"] = new JArray(new JObject { ["type"] = "string", ["enum"] = new JArray(values) }, MiniSpec.Type("null")),
        ["title"] = title,
    };

    [Test]
    public void IsLiftedIntoAnExtensibleEnumNamedAfterTheTitle()
    {
        var spec = MiniSpec.WithProperty(Inline("Response Mode", "strict", "flexible"));

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(MiniSpec.Schema(normalized, "ResponseMode")[ExtensibleEnums.ValuesKey]!.Select(v => (string)v!), Is.EqualTo(new[] { "strict", "flexible" }));
        Assert.That((string?)MiniSpec.Property(normalized)["oneOf"]![0]!["$ref"], Is.EqualTo("#/components/schemas/ResponseMode"));
    }

    [Test]
    public void FieldsWithTheSameValuesShareOneType()
    {
        var spec = MiniSpec.With(
            MiniSpec.Object(("a", Inline("Response Mode", "strict", "flexible"))),
            ("Other", MiniSpec.Object(("b", Inline("Response Mode", "strict", "flexible")))));

        var normalized = MiniSpec.Normalize(spec);

        var enums = MiniSpec.Schemas(normalized).Properties().Where(p => p.Value[ExtensibleEnums.ValuesKey] is not null).Select(p => p.Name);
        Assert.That(enums, Is.EqualTo(new[] { "ResponseMode" }));
    }

    [Test]
    public void ASameNamedEnumWithOtherValues_IsPrefixedWithItsOwner()
    {
        var spec = MiniSpec.With(
            MiniSpec.Object(("a", Inline("Mode", "x"))),
            ("Other", MiniSpec.Object(("b", Inline("Mode", "y")))));

        var names = MiniSpec.Schemas(MiniSpec.Normalize(spec)).Properties().Where(p => p.Value[ExtensibleEnums.ValuesKey] is not null).Select(p => p.Name);

        Assert.That(names, Is.EquivalentTo(new[] { "Mode", "ThingMode" }));
    }

    [Test]
    public void AParameterEnumIsLiftedToo()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("a", MiniSpec.Type("string"))));
        MiniSpec.GetThings(spec)["parameters"] = new JArray(new JObject
        {
            ["name"] = "order",
            ["in"] = "query",
            ["schema"] = new JObject { ["type"] = "string", ["enum"] = new JArray("asc", "desc"), ["title"] = "Order" },
        });

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(MiniSpec.Schemas(normalized)["Order"], Is.Not.Null);
    }
}
