using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>ExtensibleEnumWriter: member names and the written structs.</summary>
public class ExtensibleEnumWriterTests
{
    [TestCase("en-US", "EnUS")]
    [TestCase("in-progress", "InProgress")]
    [TestCase("gpt-4o-mini", "Gpt4oMini")]
    [TestCase("mistral-large-2407", "MistralLarge2407")]
    public void MemberNameIsPascalCaseOfTheValue(string value, string expected)
    {
        Assert.That(ExtensibleEnumWriter.MemberName(value), Is.EqualTo(expected));
    }

    [TestCase("gpt-4.1-mini", "Gpt4_1Mini")]
    [TestCase("gpt-3.5-turbo", "Gpt3_5Turbo")]
    [TestCase("llama-3-1-8b", "Llama3_1_8b")]
    [TestCase("l3.1-70b-euryale-v2.2", "L3_1_70bEuryaleV2_2")]
    public void DigitsEitherSideOfASeparatorKeepAnUnderscore(string value, string expected)
    {
        Assert.That(ExtensibleEnumWriter.MemberName(value), Is.EqualTo(expected));
    }

    [Test]
    public void VersionsThatDifferOnlyInTheSeparatorGetDifferentNames()
    {
        Assert.That(ExtensibleEnumWriter.MemberName("gpt-4.1"), Is.Not.EqualTo(ExtensibleEnumWriter.MemberName("gpt-41")));
    }

    [TestCase("elevenlabs", "ElevenLabs")]
    [TestCase("openai_realtime", "OpenAIRealtime")]
    [TestCase("playht", "PlayHT")]
    [TestCase("deepseek-v3", "DeepSeekV3")]
    public void VendorNamesAreSpelledAsTheirOwnersSpellThem(string value, string expected)
    {
        Assert.That(ExtensibleEnumWriter.MemberName(value), Is.EqualTo(expected));
    }

    [TestCase("4o", "V4o")]
    [TestCase("2024-05-13", "V2024_05_13")]
    public void MemberNameStartingWithADigitGetsALetterPrefix(string value, string expected)
    {
        Assert.That(ExtensibleEnumWriter.MemberName(value), Is.EqualTo(expected));
    }

    [TestCase("value", "ValueValue")]
    [TestCase("is_known", "IsKnownValue")]
    [TestCase("known-values", "KnownValuesValue")]
    public void MemberNameAvoidsTheStructsOwnMembers(string value, string expected)
    {
        Assert.That(ExtensibleEnumWriter.MemberName(value), Is.EqualTo(expected));
    }

    [Test]
    public void MemberNameOfPunctuationOnlyValueIsStillAnIdentifier()
    {
        Assert.That(ExtensibleEnumWriter.MemberName("--"), Does.Match("^[A-Za-z_][A-Za-z0-9_]*$"));
    }

    [Test]
    public void FailsWhenTwoValuesMapToTheSameMember()
    {
        var normalized = EnumDoc("Status", "in-progress", "in_progress");

        var ex = Assert.Throws<NormalizationException>(() => ExtensibleEnumWriter.Write(normalized, "Millis.Models"));

        Assert.That(ex!.Message, Does.Contain("Status").And.Contain("'in-progress'").And.Contain("'in_progress'").And.Contain("InProgress"));
    }

    [Test]
    public void WritesOneStaticPropertyPerValueWithTheWireValue()
    {
        var code = ExtensibleEnumWriter.Write(EnumDoc("Model", "gpt-4.1-mini", "en-US"), "Millis.Models");

        Assert.That(code, Does.Contain("public static Model Gpt4_1Mini { get; } = new Model(\"gpt-4.1-mini\");"));
        Assert.That(code, Does.Contain("public static Model EnUS { get; } = new Model(\"en-US\");"));
        Assert.That(code, Does.Contain("KnownValues { get; } = new[] { Gpt4_1Mini, EnUS };"));
    }

    [Test]
    public void EscapesQuotesAndBackslashesInTheWireValueLiteral()
    {
        var code = ExtensibleEnumWriter.Write(EnumDoc("Model", "say \"hi\"", "a\\b"), "Millis.Models");

        Assert.That(code, Does.Contain("public static Model SayHi { get; } = new Model(\"say \\\"hi\\\"\");"));
        Assert.That(code, Does.Contain("public static Model Ab { get; } = new Model(\"a\\\\b\");"));
    }

    [Test]
    public void WritesNoStructForSchemasThatAreNotEnums()
    {
        var code = ExtensibleEnumWriter.Write(MiniSpec.Normalize(MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string"))))), "Millis.Models");

        Assert.That(code, Does.Not.Contain("struct"));
    }

    [Test]
    public void CheckedInEnumsFileIsWhatTheWriterProducesForTheCheckedInSpec()
    {
        var normalized = SpecNormalizer.Normalize(JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json"))));

        var committed = File.ReadAllText(RepoFiles.PathOf("generated/Millis.Enums.g.cs")).Replace("\r\n", "\n", StringComparison.Ordinal);

        Assert.That(ExtensibleEnumWriter.Write(normalized, "Millis.Models"), Is.EqualTo(committed));
    }

    private static JObject EnumDoc(string name, params string[] values) =>
        MiniSpec.Normalize(MiniSpec.WithProperty(MiniSpec.Ref(name), (name, new JObject { ["type"] = "string", ["enum"] = new JArray(values) })));
}
