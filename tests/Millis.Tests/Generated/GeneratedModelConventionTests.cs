using System.CodeDom.Compiler;
using System.Reflection;
using System.Text.RegularExpressions;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.Generated;

/// <summary>What the normalizer and the polisher promise about the public types NSwag generates.</summary>
public partial class GeneratedModelConventionTests
{
    private static readonly Assembly Sdk = typeof(Agent).Assembly;

    private static IEnumerable<Type> PublicTypes() => Sdk.GetExportedTypes();

    private static IEnumerable<Type> GeneratedModels() =>
        PublicTypes().Where(t => t.Namespace == "Millis.Models" && t.IsClass && t.GetCustomAttribute<GeneratedCodeAttribute>()?.Tool == "NJsonSchema");

    private static IEnumerable<Type> ExtensibleEnums() =>
        PublicTypes().Where(t => t.Namespace == "Millis.Models" && t.IsValueType && t.GetProperty("KnownValues", BindingFlags.Public | BindingFlags.Static) is not null);

    [Test]
    public void FindsTheGeneratedModels()
    {
        // Guards the tests below against passing on an empty set (e.g. if NSwag's attribute changed).
        Assert.That(GeneratedModels().Select(t => t.Name), Does.Contain("Phone").And.Contain("Flow").And.Contain("CallLog"));
        Assert.That(ExtensibleEnums().Select(t => t.Name), Does.Contain("VoiceProvider").And.Contain("CallStatus"));
    }

    [Test]
    public void NoPublicClassIsAnEmptyPlaceholder()
    {
        var placeholders = PublicTypes()
            .Where(t => t.IsClass && t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).SequenceEqual(["AdditionalProperties"]))
            .Select(t => t.FullName);

        Assert.That(placeholders, Is.Empty);
    }

    [Test]
    public void NoPublicTypeNameIsModuleQualified()
    {
        Assert.That(PublicTypes().Where(t => t.Name.Contains("__", StringComparison.Ordinal)).Select(t => t.FullName), Is.Empty);
    }

    [Test]
    public void NoPublicTypeNameEndsInInputOrOutput()
    {
        var bad = PublicTypes().Where(t => t.Name.EndsWith("Input", StringComparison.Ordinal) || t.Name.EndsWith("Output", StringComparison.Ordinal));

        Assert.That(bad.Select(t => t.FullName), Is.Empty);
    }

    [Test]
    public void NoPublicTypeNameContainsAnUnderscore()
    {
        Assert.That(PublicTypes().Where(t => t.Name.Contains('_', StringComparison.Ordinal)).Select(t => t.FullName), Is.Empty);
    }

    [Test]
    public void GeneratedModelPropertiesArePascalCase()
    {
        var bad = GeneratedModels()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => $"{t.Name}.{p.Name}"))
            .Where(n => !PascalCase().IsMatch(n.Split('.')[1]));

        Assert.That(bad, Is.Empty);
    }

    [Test]
    public void GeneratedModelWireNamesAreExactlyTheSpecsPropertyNames()
    {
        // The polisher renames identifiers only: each model's [JsonProperty] names are its schema's property names, none lost or renamed.
        var schemas = (Newtonsoft.Json.Linq.JObject)RepoFiles.NormalizedSpec()["components"]!["schemas"]!;
        var bad = new List<string>();
        foreach (var type in GeneratedModels())
        {
            var wire = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(p => p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName).OfType<string>().Order(StringComparer.Ordinal);
            var spec = (schemas[type.Name]?["properties"] as Newtonsoft.Json.Linq.JObject)?.Properties().Select(p => p.Name).Order(StringComparer.Ordinal);
            if (spec is null || !wire.SequenceEqual(spec))
            {
                bad.Add($"{type.Name}: [{string.Join(", ", wire)}] vs spec [{string.Join(", ", spec ?? Enumerable.Empty<string>())}]");
            }
        }

        Assert.That(bad, Is.Empty);
    }

    [Test]
    public void VoiceKeepsAnUnknownProvider()
    {
        var voice = JsonConvert.DeserializeObject<Voice>("""{"provider":"some-future-tts","voice_id":"x"}""")!;

        Assert.That(voice.Provider.Value, Is.EqualTo("some-future-tts"));
        Assert.That(voice.Provider.IsKnown, Is.False);
    }

    [Test]
    public void UnknownProviderIsUnequalToEveryKnownProvider()
    {
        var voice = JsonConvert.DeserializeObject<Voice>("""{"provider":"some-future-tts","voice_id":"x"}""")!;

        Assert.That(VoiceProvider.KnownValues.Where(v => v == voice.Provider || v.Equals(voice.Provider)), Is.Empty);
        Assert.That(voice.Provider != VoiceProvider.ElevenLabs, Is.True);
    }

    [Test]
    public void VoiceWithUnknownProviderSerializesBackUnchanged()
    {
        const string json = """{"provider":"some-future-tts","voice_id":"x"}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<Voice>(json)), Is.EqualTo(json));
    }

    [Test]
    public void VoiceWithKnownProviderEqualsTheStaticMember()
    {
        var voice = JsonConvert.DeserializeObject<Voice>("""{"provider":"elevenlabs","voice_id":"x"}""")!;

        Assert.That(voice.Provider, Is.EqualTo(VoiceProvider.ElevenLabs));
        Assert.That(voice.Provider.IsKnown, Is.True);
    }

    [Test]
    public void KnownValuesAreCaseSensitive()
    {
        VoiceProvider shouted = "ELEVENLABS";

        Assert.That(shouted == VoiceProvider.ElevenLabs, Is.False);
        Assert.That(shouted.IsKnown, Is.False);
    }

    [Test]
    public void CallLogKeepsAnUnknownCallStatus()
    {
        var log = JsonConvert.DeserializeObject<CallLog>("""{"session_id":"s1","call_status":"brand-new-status"}""")!;

        Assert.That(log.CallStatus!.Value.Value, Is.EqualTo("brand-new-status"));
        Assert.That(log.CallStatus.Value.IsKnown, Is.False);
        Assert.That(CallStatus.KnownValues, Does.Not.Contain(log.CallStatus.Value));
    }

    [Test]
    public void CallLogWithUnknownCallStatusSerializesBackUnchanged()
    {
        const string json = """{"session_id":"s1","call_status":"brand-new-status"}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<CallLog>(json)), Is.EqualTo(json));
    }

    [Test]
    public void CallLogWithoutCallStatusWritesNoCallStatus()
    {
        const string json = """{"session_id":"s1"}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<CallLog>(json)), Is.EqualTo(json));
    }

    [Test]
    public void EveryExtensibleEnumRoundTripsAnUnknownValue()
    {
        var failures = new List<string>();
        foreach (var type in ExtensibleEnums())
        {
            var value = JsonConvert.DeserializeObject("\"zz-not-a-known-value\"", type)!;
            var isKnown = (bool)type.GetProperty("IsKnown")!.GetValue(value)!;
            var written = JsonConvert.SerializeObject(value, type, settings: null);
            if (isKnown || written != "\"zz-not-a-known-value\"")
            {
                failures.Add($"{type.Name}: IsKnown={isKnown}, written {written}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void EveryExtensibleEnumKnowsEachOfItsStaticMembers()
    {
        var failures = new List<string>();
        foreach (var type in ExtensibleEnums())
        {
            foreach (var member in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type))
            {
                var value = member.GetValue(null)!;
                var wire = (string)type.GetProperty("Value")!.GetValue(value)!;
                var read = JsonConvert.DeserializeObject(JsonConvert.SerializeObject(wire), type)!;
                if (!(bool)type.GetProperty("IsKnown")!.GetValue(read)! || !read.Equals(value))
                {
                    failures.Add($"{type.Name}.{member.Name} ({wire})");
                }
            }
        }

        Assert.That(failures, Is.Empty);
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}
