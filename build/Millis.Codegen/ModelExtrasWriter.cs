using System.Text;
using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>
/// Writes generated/Millis.ModelExtras.g.cs: constructors that set the constant fields of a model (a chat message's
/// <c>role</c>), and <c>AgentField</c>, the top-level fields of an agent configuration, taken from the spec so the
/// builders never keep their own list.
/// </summary>
internal static class ModelExtrasWriter
{
    public static string Write(JObject normalized)
    {
        var sb = new StringBuilder(CSharp.Header);
        var schemas = Json.Schemas(normalized);
        sb.AppendLine("namespace Millis.Models");
        sb.AppendLine("{");
        foreach (var schema in schemas.Properties())
        {
            var constants = (schema.Value["properties"] as JObject)?.Properties()
                .Where(p => p.Value[ConstValues.Key] is JValue).Select(p => (Name: PropertyName(p.Name, schema.Name), Value: (string)p.Value[ConstValues.Key]!)).ToList();
            if (constants is not { Count: > 0 })
            {
                continue;
            }

            // No summary here: the model file carries one for every type (rule docs-overlay), and a second would be merged in.
            sb.AppendLine($"    public partial class {schema.Name}");
            sb.AppendLine("    {");
            sb.AppendLine($"        /// <summary>Creates a {schema.Name} with its constant field{(constants.Count > 1 ? "s" : "")} set ({string.Join(", ", constants.Select(c => $"<c>{CSharp.Doc(c.Value)}</c>"))}).</summary>");
            sb.AppendLine($"        public {schema.Name}()");
            sb.AppendLine("        {");
            foreach (var (name, value) in constants)
            {
                sb.AppendLine($"            {name} = {CSharp.Literal(value)};");
            }

            sb.AppendLine("        }");
            sb.AppendLine("    }");
            sb.AppendLine();
        }

        var closed = schemas.Properties().Where(p => (bool?)p.Value[UnknownFieldsInBase.ClosedKey] == true).Select(p => p.Name).ToList();
        sb.AppendLine("    /// <summary>What the spec says about models beyond their properties.</summary>");
        sb.AppendLine("    internal static partial class ModelRules");
        sb.AppendLine("    {");
        sb.AppendLine("        /// <summary>Models the vendor closes (<c>additionalProperties: false</c>): a request must not add fields to them.</summary>");
        sb.AppendLine("        private static readonly System.Collections.Generic.HashSet<System.Type> Closed = new()");
        sb.AppendLine("        {");
        foreach (var name in closed)
        {
            sb.AppendLine($"            typeof({name}),");
        }

        sb.AppendLine("        };");
        sb.AppendLine();
        sb.AppendLine("        public static bool IsClosed(System.Type type) => Closed.Contains(type);");
        sb.AppendLine("    }");
        sb.AppendLine("}");
        sb.AppendLine();
        WriteFieldEnum(sb, schemas, "PartialAgentConfig", "Millis.Agents", "AgentField",
            "A top-level field of an agent configuration, for <see cref=\"PartialAgentConfigBuilder.Clear(AgentField)\"/>.");
        return sb.ToString();
    }

    /// <summary>The C# name PropertyNamePolisher gives a JSON field.</summary>
    public static string PropertyName(string jsonName, string className)
    {
        var pascal = OperationNames.Pascal(jsonName);
        return pascal == className ? pascal + "Value" : pascal;
    }

    private static void WriteFieldEnum(StringBuilder sb, JObject schemas, string schemaName, string ns, string enumName, string summary)
    {
        if (schemas[schemaName]?["properties"] is not JObject properties)
        {
            throw new NormalizationException($"{schemaName} has no properties; {enumName} is written from them");
        }

        var fields = properties.Properties().Select(p => (Json: p.Name, Name: PropertyName(p.Name, schemaName), Doc: (string?)p.Value["description"] ?? (string?)p.Value["title"] ?? p.Name)).ToList();
        sb.AppendLine($"namespace {ns}");
        sb.AppendLine("{");
        sb.AppendLine($"    /// <summary>{summary}</summary>");
        sb.AppendLine($"    public enum {enumName}");
        sb.AppendLine("    {");
        foreach (var f in fields)
        {
            sb.AppendLine($"        /// <summary>{CSharp.Doc(f.Doc.TrimEnd('.'))} (<c>{f.Json}</c>).</summary>");
            sb.AppendLine($"        {f.Name},");
            sb.AppendLine();
        }

        sb.AppendLine("    }");
        sb.AppendLine();
        sb.AppendLine($"    /// <summary>JSON and C# names of <see cref=\"{enumName}\"/> values.</summary>");
        sb.AppendLine($"    internal static class {enumName}Names");
        sb.AppendLine("    {");
        sb.AppendLine("        /// <summary>The JSON name of the field, e.g. <c>first_message</c>.</summary>");
        sb.AppendLine($"        public static string WireName(this {enumName} field) => field switch");
        sb.AppendLine("        {");
        foreach (var f in fields)
        {
            sb.AppendLine($"            {enumName}.{f.Name} => {CSharp.Literal(f.Json)},");
        }

        sb.AppendLine($"            _ => throw new System.ArgumentOutOfRangeException(nameof(field), field, \"Unknown {CSharp.Doc(enumName)}.\"),");
        sb.AppendLine("        };");
        sb.AppendLine();
        sb.AppendLine($"        /// <summary>The C# property of <see cref=\"Millis.Models.{schemaName}\"/> (and <see cref=\"Millis.Models.AgentConfig\"/>) holding the field.</summary>");
        sb.AppendLine($"        public static string PropertyName(this {enumName} field) => field switch");
        sb.AppendLine("        {");
        foreach (var f in fields)
        {
            sb.AppendLine($"            {enumName}.{f.Name} => nameof(Millis.Models.{schemaName}.{f.Name}),");
        }

        sb.AppendLine($"            _ => throw new System.ArgumentOutOfRangeException(nameof(field), field, \"Unknown {CSharp.Doc(enumName)}.\"),");
        sb.AppendLine("        };");
        sb.AppendLine("    }");
        sb.AppendLine("}");
    }
}
