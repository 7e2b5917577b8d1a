using System.Reflection;
using Millis.Models;
using Millis.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Models;

/// <summary>
/// Every model a caller can construct sends exactly what the caller set: nothing for a new one (the spec's defaults are
/// the server's business), only the set field after one assignment, and an explicit null only when asked for.
/// </summary>
public class ExactWritesTests
{
    private static readonly Lazy<JObject> Schemas = new(() => (JObject)RepoFiles.NormalizedSpec()["components"]!["schemas"]!);

    private static IEnumerable<Type> ConstructibleModels() =>
        typeof(MillisModel).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(MillisModel).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    /// <summary>The fields a model's constructor sets because the spec makes them constant (a message's role).</summary>
    private static IEnumerable<string> ConstantFields(Type model) =>
        (Schemas.Value[model.Name]?["properties"] as JObject)?.Properties().Where(p => p.Value["x-millis-const"] is not null).Select(p => p.Name) ?? [];

    [Test]
    public void ThereAreModelsToCheck()
    {
        Assert.That(ConstructibleModels().Count(), Is.GreaterThan(50));
        Assert.That(ModelsWithASimpleField().Count(), Is.GreaterThan(40));
        Assert.That(ModelsWithANullableField().Count(), Is.GreaterThan(40));
    }

    [TestCaseSource(nameof(ConstructibleModels))]
    public void ANewModelWritesOnlyItsConstantFields(Type model)
    {
        var written = JObject.Parse(SdkJson.Write(Activator.CreateInstance(model)));

        Assert.That(written.Properties().Select(p => p.Name), Is.EquivalentTo(ConstantFields(model)), written.ToString());
    }

    private static PropertyInfo? FirstField(Type model, Func<PropertyInfo, bool> fits) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.CanWrite && p.GetCustomAttribute<Newtonsoft.Json.JsonPropertyAttribute>() is { PropertyName: { } name } && !ConstantFields(model).Contains(name) && fits(p));

    private static IEnumerable<Type> ModelsWithASimpleField() => ConstructibleModels().Where(m => FirstField(m, p => SampleValue(p.PropertyType) is not null) is not null);

    private static IEnumerable<Type> ModelsWithANullableField() => ConstructibleModels().Where(m => FirstField(m, p => CanBeNull(p.PropertyType)) is not null);

    [TestCaseSource(nameof(ModelsWithASimpleField))]
    public void SettingOneFieldWritesThatFieldAndTheConstantsOnly(Type model)
    {
        var property = FirstField(model, p => SampleValue(p.PropertyType) is not null);

        var instance = (MillisModel)Activator.CreateInstance(model)!;
        property!.SetValue(instance, SampleValue(property.PropertyType));
        var written = JObject.Parse(SdkJson.Write(instance));

        var wire = property!.GetCustomAttribute<Newtonsoft.Json.JsonPropertyAttribute>()!.PropertyName!;
        Assert.That(written.Properties().Select(p => p.Name), Is.EquivalentTo(ConstantFields(model).Append(wire)), written.ToString());
    }

    [TestCaseSource(nameof(ModelsWithANullableField))]
    public void SetNullWritesAnExplicitNullForThatFieldOnly(Type model)
    {
        var property = FirstField(model, p => CanBeNull(p.PropertyType));

        var instance = (MillisModel)Activator.CreateInstance(model)!;
        instance.SetNull(property!.Name);
        var written = JObject.Parse(SdkJson.Write(instance));

        var wire = property!.GetCustomAttribute<Newtonsoft.Json.JsonPropertyAttribute>()!.PropertyName!;
        Assert.That(written[wire]?.Type, Is.EqualTo(JTokenType.Null), written.ToString());
        Assert.That(written.Properties().Select(p => p.Name), Is.EquivalentTo(ConstantFields(model).Append(wire)));
    }

    [Test]
    public void SetNullOnAFieldThatCannotBeNull_IsRefusedInsteadOfSendingFalse()
    {
        var terminate = new AgentTerminateCall();

        var ex = Assert.Throws<ArgumentException>(() => terminate.SetNull(nameof(AgentTerminateCall.Enabled)));

        Assert.That(ex!.Message, Does.Contain("AgentTerminateCall.Enabled cannot be null").And.Contain("Unset(\"Enabled\")"));
        Assert.That(SdkJson.Write(terminate), Is.EqualTo("{}"));
    }

    private static bool CanBeNull(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static object? SampleValue(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(string) => "x",
            var t when t == typeof(bool) => true,
            var t when t == typeof(int) => 3,
            var t when t == typeof(long) => 3L,
            var t when t == typeof(double) => 0.5,
            _ => null,
        };
}
