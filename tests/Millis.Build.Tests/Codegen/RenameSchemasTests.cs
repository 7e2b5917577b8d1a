using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rule rename-schemas and the check-clean-names guard.</summary>
public class RenameSchemasTests
{
    private static JObject Body(string property) => MiniSpec.Object((property, MiniSpec.Type("string")));

    [Test]
    public void RenamesModuleQualifiedSchemaAndRewritesRefsToIt()
    {
        var spec = MiniSpec.WithProperty(MiniSpec.Ref("fast_api_data__history__CallHistory"), ("fast_api_data__history__CallHistory", Body("session_id")));

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(MiniSpec.Schemas(normalized)["fast_api_data__history__CallHistory"], Is.Null);
        Assert.That(JToken.DeepEquals(MiniSpec.Schema(normalized, "CallLog")["properties"], Body("session_id")["properties"]), Is.True);
        Assert.That((string?)MiniSpec.Property(normalized)["$ref"], Is.EqualTo("#/components/schemas/CallLog"));
    }

    [Test]
    public void RewritesRefsInsideOperationsAndArrayItems()
    {
        var spec = MiniSpec.WithProperty(
            new JObject { ["type"] = "array", ["items"] = MiniSpec.Ref("PersistantSipCallData") },
            ("PersistantSipCallData", Body("phone")));
        MiniSpec.GetThings(spec)["responses"]!["200"]!["content"]!["application/json"]!["schema"] = MiniSpec.Ref("PersistantSipCallData");

        var normalized = MiniSpec.Normalize(spec);

        var refs = normalized.Descendants().OfType<JProperty>().Where(p => p.Name == "$ref").Select(p => (string)p.Value!).ToList();
        Assert.That(refs, Does.Not.Contain("#/components/schemas/PersistantSipCallData"));
        Assert.That(refs.Count(r => r == "#/components/schemas/CreateSipRequest"), Is.EqualTo(2));
    }

    [Test]
    public void MergesInputOutputPairWithIdenticalBodiesIntoOneSchema()
    {
        var spec = MiniSpec.With(
            MiniSpec.Object(("a", MiniSpec.Ref("Flow-Input")), ("b", MiniSpec.Ref("Flow-Output"))),
            ("Flow-Input", Body("user_start_first")),
            ("Flow-Output", Body("user_start_first")));

        var normalized = MiniSpec.Normalize(spec);

        var names = MiniSpec.Schemas(normalized).Properties().Select(p => p.Name).ToList();
        Assert.That(names, Is.EquivalentTo(new[] { "Thing", "Flow" }));
        Assert.That((string?)MiniSpec.Thing(normalized)["properties"]!["a"]!["$ref"], Is.EqualTo("#/components/schemas/Flow"));
        Assert.That((string?)MiniSpec.Thing(normalized)["properties"]!["b"]!["$ref"], Is.EqualTo("#/components/schemas/Flow"));
    }

    [Test]
    public void SplitsAPairWithDifferentBodies_TheOutputKeepsTheNameTheInputBecomesXInput()
    {
        var spec = MiniSpec.With(
            MiniSpec.Object(("a", MiniSpec.Ref("Flow-Input")), ("b", MiniSpec.Ref("Flow-Output"))),
            ("Flow-Input", Body("user_start_first")),
            ("Flow-Output", Body("something_else")));

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(MiniSpec.Schema(normalized, "Flow")["properties"]!["something_else"], Is.Not.Null);
        Assert.That(MiniSpec.Schema(normalized, "FlowInput")["properties"]!["user_start_first"], Is.Not.Null);
        Assert.That((string?)MiniSpec.Thing(normalized)["properties"]!["a"]!["$ref"], Is.EqualTo("#/components/schemas/FlowInput"));
    }

    [Test]
    public void MergesAPairThatDiffersOnlyInAnnotations()
    {
        var input = Body("language");
        input["properties"]!["language"]!["default"] = "en-US";
        input["properties"]!["language"]!["description"] = "The default language";
        var spec = MiniSpec.With(
            MiniSpec.Object(("a", MiniSpec.Ref("Flow-Input")), ("b", MiniSpec.Ref("Flow-Output"))),
            ("Flow-Input", input),
            ("Flow-Output", Body("language")));

        var names = MiniSpec.Schemas(MiniSpec.Normalize(spec)).Properties().Select(p => p.Name);

        Assert.That(names, Is.EquivalentTo(new[] { "Thing", "Flow" }));
    }

    [Test]
    public void SplitsAPairWhoseFieldRefersToAPairThatSplit()
    {
        var spec = MiniSpec.With(
            MiniSpec.Object(("a", MiniSpec.Ref("Agent-Input")), ("b", MiniSpec.Ref("Agent-Output"))),
            ("Agent-Input", MiniSpec.Object(("config", MiniSpec.Ref("Config-Input")))),
            ("Agent-Output", MiniSpec.Object(("config", MiniSpec.Ref("Config-Output")))),
            ("Config-Input", Body("x")),
            ("Config-Output", Body("y")));

        var names = MiniSpec.Schemas(MiniSpec.Normalize(spec)).Properties().Select(p => p.Name);

        Assert.That(names, Is.EquivalentTo(new[] { "Thing", "Agent", "AgentInput", "Config", "ConfigInput" }));
    }

    [Test]
    public void FailsWhenARenameTargetsAnExistingSchemaWithADifferentBody()
    {
        var spec = MiniSpec.With(Body("x"), ("Other", Body("y")));

        var ex = Assert.Throws<NormalizationException>(() => RenameSchemas.Apply(spec, [new SchemaRename("Other", "Thing", "test")]));

        Assert.That(ex!.Message, Does.Contain("'Thing'").And.Contain("'Other'"));
    }

    [Test]
    public void IgnoresRenamesOfSchemasTheSpecDoesNotHave()
    {
        var spec = MiniSpec.With(Body("x"));

        RenameSchemas.Apply(spec, [new SchemaRename("Missing", "Thing", "test")]);

        Assert.That(JToken.DeepEquals(MiniSpec.Thing(spec), Body("x")), Is.True);
    }

    [Test]
    public void CleanNamesGuardFailsOnModuleQualifiedLeftover()
    {
        var spec = MiniSpec.WithProperty(MiniSpec.Ref("a__b__C"), ("a__b__C", Body("x")));

        var ex = Assert.Throws<NormalizationException>(() => MiniSpec.Normalize(spec));

        Assert.That(ex!.Message, Does.Contain("check-clean-names").And.Contain("a__b__C").And.Contain("build/Millis.Codegen/SchemaRenames.cs"));
    }

    [Test]
    public void CleanNamesGuardFailsOnDoubleUnderscoreEvenWhenCapitalized()
    {
        var spec = MiniSpec.WithProperty(MiniSpec.Ref("Module__Name"), ("Module__Name", Body("x")));

        var ex = Assert.Throws<NormalizationException>(() => MiniSpec.Normalize(spec));

        Assert.That(ex!.Message, Does.Contain("Module__Name"));
    }

    [Test]
    public void ALoneInputSchemaTakesThePlainName()
    {
        var spec = MiniSpec.WithProperty(MiniSpec.Ref("Widget-Input"), ("Widget-Input", Body("x")));

        var normalized = MiniSpec.Normalize(spec);

        Assert.That((string?)MiniSpec.Property(normalized)["$ref"], Is.EqualTo("#/components/schemas/Widget"));
    }

    [Test]
    public void EveryRenameTargetIsACleanName()
    {
        var bad = SchemaRenames.All.Where(r => !System.Text.RegularExpressions.Regex.IsMatch(r.To, "^[A-Z][A-Za-z0-9]*(-Input|-Output)?$")).Select(r => r.To);

        Assert.That(bad, Is.Empty);
    }
}
