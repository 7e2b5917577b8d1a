namespace Millis.AspNetCore.Tests.Tools;

public class MillisToolDefinitionTests
{
    [Test]
    public void ParametersAreDerivedFromThePropertiesWithMillisTypes()
    {
        var tool = MillisToolDefinition.Create<LookupOrder>("lookup_order", "Finds an order");

        Assert.That(tool.Parameters.Select(p => (p.Name, p.Type)), Is.EqualTo(new[]
        {
            ("order_id", "string"), ("quantity", "number"), ("express", "boolean"), ("note", "string"),
        }));
    }

    [Test]
    public void NonNullablePropertiesAreRequiredAndNullableOnesAreNot()
    {
        var tool = MillisToolDefinition.Create<LookupOrder>("lookup_order", "Finds an order");

        Assert.That(tool.Parameters.Select(p => p.Required), Is.EqualTo(new[] { true, true, false, false }));
    }

    [Test]
    public void RequiredAttributeAndRequiredMembersMakeAParameterRequired()
    {
        var tool = MillisToolDefinition.Create<Annotated>("annotated", "x");

        Assert.That(tool.Parameters.Where(p => p.Required).Select(p => p.Name), Is.EqualTo(new[] { "code", "amount" }));
    }

    [Test]
    public void JsonPropertyNameOverridesTheSnakeCaseName()
    {
        var tool = MillisToolDefinition.Create<Annotated>("annotated", "x");

        Assert.That(tool.Parameters.Select(p => p.Name), Does.Contain("zipCode"));
    }

    [Test]
    public void EnumsAreStrings()
    {
        var tool = MillisToolDefinition.Create<Annotated>("annotated", "x");

        Assert.That(tool.Parameters.Single(p => p.Name == "day").Type, Is.EqualTo("string"));
    }

    [Test]
    public void DescriptionComesFromTheDescriptionAttributeElseTheName()
    {
        var tool = MillisToolDefinition.Create<LookupOrder>("lookup_order", "Finds an order");

        Assert.That(tool.Parameters.Take(2).Select(p => p.Description), Is.EqualTo(new[] { "The order id, e.g. A-1", "Quantity" }));
    }

    [Test]
    public void PropertyThatIsNotAStringNumberOrBooleanIsRejected() =>
        Assert.That(() => MillisToolDefinition.Create<Unsupported>("bad", "x"), Throws.ArgumentException.With.Message.Contains("Items"));

    [Test]
    public void NameWithASpaceIsRejected() =>
        Assert.That(() => MillisToolDefinition.Create<LookupOrder>("lookup order", "x"), Throws.ArgumentException);

    [Test]
    public void MethodOtherThanGetOrPostIsRejected() =>
        Assert.That(() => MillisToolDefinition.Create<LookupOrder>("t", "x").WithMethod("PUT"), Throws.ArgumentException);

    [Test]
    public void WithMethodsReturnCopiesAndLeaveTheOriginal()
    {
        var original = MillisToolDefinition.Create<LookupOrder>("t", "x");

        var changed = original.WithUrl("/tools/t").WithMethod("get").WithTimeout(7).WithSecretHeader();

        Assert.That((original.Url, original.Method, original.Timeout, original.SecretHeaderName), Is.EqualTo(((string?)null, "POST", (int?)null, (string?)null)));
        Assert.That((changed.Url, changed.Method, changed.Timeout, changed.SecretHeaderName), Is.EqualTo(("/tools/t", "GET", (int?)7, "X-Millis-Secret")));
    }

    [Test]
    public void RoutePatternIsThePathOfAnAbsoluteUrl() =>
        Assert.That(MillisToolDefinition.Create<LookupOrder>("t", "x").WithUrl("https://tools.example.com/millis/t").RoutePattern, Is.EqualTo("/millis/t"));

    [Test]
    public void UrlThatIsNeitherAbsoluteNorAPathIsRejected() =>
        Assert.That(() => MillisToolDefinition.Create<LookupOrder>("t", "x").WithUrl("tools/t"), Throws.ArgumentException);
}
