using Millis.Codegen;

namespace Millis.Build.Tests.Codegen;

/// <summary>PropertyNamePolisher: PascalCases NSwag's snake_case property identifiers, never the wire names.</summary>
public class PropertyNamePolisherTests
{
    private static string Class(string name, params (string Wire, string Identifier, string Type)[] properties)
    {
        var lines = new List<string>
        {
            "    [System.CodeDom.Compiler.GeneratedCode(\"NJsonSchema\", \"\")]",
            $"    public partial class {name}",
            "    {",
        };
        foreach (var (wire, identifier, type) in properties)
        {
            lines.Add("");
            lines.Add($"        [Newtonsoft.Json.JsonProperty(\"{wire}\", Required = Newtonsoft.Json.Required.Default, NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]");
            lines.Add($"        public {type} {identifier}    {{");
            lines.Add($"            get {{ return _{wire}; }}");
            lines.Add($"            set {{ SetProperty(ref _{wire}, value); }}");
            lines.Add("        }");
        }

        lines.Add("");
        lines.Add("        private System.Collections.Generic.IDictionary<string, object>? _additionalProperties;");
        lines.Add("");
        lines.Add("        [Newtonsoft.Json.JsonExtensionData]");
        lines.Add("        public System.Collections.Generic.IDictionary<string, object> AdditionalProperties");
        lines.Add("        {");
        lines.Add("            get { return _additionalProperties ?? (_additionalProperties = new System.Collections.Generic.Dictionary<string, object>()); }");
        lines.Add("            set { _additionalProperties = value; }");
        lines.Add("        }");
        lines.Add("    }");
        return string.Join('\n', lines);
    }

    [Test]
    public void PascalCasesSnakeCaseIdentifier()
    {
        var polished = PropertyNamePolisher.Polish(Class("Interruption", ("first_messsage", "First_messsage", "bool?")));

        Assert.That(polished, Does.Contain("        public bool? FirstMesssage\n        {\n"));
        Assert.That(polished, Does.Not.Contain("First_messsage"));
    }

    [Test]
    public void LeavesTheJsonPropertyWireNameUntouched()
    {
        var polished = PropertyNamePolisher.Polish(Class("Interruption", ("first_messsage", "First_messsage", "bool?")));

        Assert.That(polished, Does.Contain("[Newtonsoft.Json.JsonProperty(\"first_messsage\","));
    }

    [Test]
    public void MakesEveryPropertyReplaceItsObjectWhenRead_SoTheSetterRecordsIt()
    {
        var polished = PropertyNamePolisher.Polish(Class("Interruption", ("first_messsage", "First_messsage", "bool?")));

        Assert.That(polished, Does.Contain("NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore, ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace)]"));
    }

    [Test]
    public void HidesAPreferredWirePropertyFromIntelliSenseOnly()
    {
        var source = Class("CallLog", ("ts", "Ts", "double?"), ("id", "Id", "string"));

        var polished = PropertyNamePolisher.Polish(source, new HashSet<string> { "CallLog.ts" });

        Assert.That(polished, Does.Contain("        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]\n        [Newtonsoft.Json.JsonProperty(\"ts\","));
        Assert.That(polished.Split("[System.ComponentModel.EditorBrowsable(").Length - 1, Is.EqualTo(1), "only ts is hidden");
    }

    [Test]
    public void APreferredNameOfAnotherClassHidesNothing()
    {
        var polished = PropertyNamePolisher.Polish(Class("Agent", ("ts", "Ts", "double?")), new HashSet<string> { "CallLog.ts" });

        Assert.That(polished, Does.Not.Contain("EditorBrowsable"));
    }

    [Test]
    public void PolishesGenericTypedProperties()
    {
        var polished = PropertyNamePolisher.Polish(Class("Voice", ("voice_settings", "Voice_settings", "System.Collections.Generic.IDictionary<string, object>?")));

        Assert.That(polished, Does.Contain("public System.Collections.Generic.IDictionary<string, object>? VoiceSettings\n"));
    }

    [Test]
    public void LeavesEverythingButPropertyIdentifiersUnchanged()
    {
        var source = Class("Interruption", ("first_messsage", "First_messsage", "bool?"));

        var polished = PropertyNamePolisher.Polish(source);

        var expected = source
            .Replace("public bool? First_messsage    {", "public bool? FirstMesssage\n        {", StringComparison.Ordinal)
            .Replace("Ignore)]", "Ignore, ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace)]", StringComparison.Ordinal);
        Assert.That(polished, Is.EqualTo(expected));
    }

    [Test]
    public void PolishingTwiceChangesNothingMore()
    {
        var once = PropertyNamePolisher.Polish(Class("Phone", ("id", "Id", "string"), ("agent_id", "AgentId", "string?")));

        Assert.That(PropertyNamePolisher.Polish(once).Replace(", ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace, ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace", ", ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace", StringComparison.Ordinal), Is.EqualTo(once));
    }

    [Test]
    public void FailsWhenTwoPropertiesOfOneClassBecomeTheSameName()
    {
        var source = Class("Thing", ("call_id", "Call_id", "string?"), ("callId", "CallId", "string?"));

        var ex = Assert.Throws<NormalizationException>(() => PropertyNamePolisher.Polish(source));

        Assert.That(ex!.Message, Does.Contain("Thing").And.Contain("CallId"));
    }

    [Test]
    public void AllowsTheSameNameInDifferentClasses()
    {
        var source = Class("A", ("call_id", "Call_id", "string?")) + "\n" + Class("B", ("call_id", "Call_id", "string?"));

        var polished = PropertyNamePolisher.Polish(source);

        Assert.That(polished.Split("public string? CallId\n").Length - 1, Is.EqualTo(2));
    }

    [Test]
    public void AppendsValueWhenAPropertyWouldBeNamedLikeItsClass()
    {
        var polished = PropertyNamePolisher.Polish(Class("Voicemail", ("voicemail", "Voicemail", "string?")));

        Assert.That(polished, Does.Contain("public string? VoicemailValue\n"));
    }
}
