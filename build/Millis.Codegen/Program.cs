using Millis.Codegen;
using Millis.Codegen.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

// normalize <repo-root> <obj-dir>: spec/ → the normalized spec, NSwag's effective config, enums, operation table.
// plumb <repo-root> <obj-dir>: after NSwag, polishes the models and writes the resource-client plumbing.
try
{
    switch (args)
    {
        case ["normalize", var root, var obj]:
            Normalize(root, obj);
            return 0;
        case ["plumb", var root, var obj]:
            Plumb(root, obj);
            return 0;
        default:
            Console.Error.WriteLine("usage: Millis.Codegen normalize <repo-root> <obj-dir>");
            Console.Error.WriteLine("       Millis.Codegen plumb <repo-root> <obj-dir>");
            return 2;
    }
}
catch (NormalizationException ex)
{
    // MSBuild shows "error CODE: message" lines as build errors.
    Console.Error.WriteLine($"error MILLIS001: {ex.Message}");
    return 1;
}

static void Normalize(string root, string obj)
{
    var orderPath = Path.Combine(root, "generated/property-order.json");
    var recorded = File.Exists(orderPath) ? JObject.Parse(File.ReadAllText(orderPath)) : null;
    var normalized = SpecNormalizer.Normalize(JObject.Parse(File.ReadAllText(Path.Combine(root, "spec/millis.openapi.json"))), recorded, out var order);
    Output.WriteIfChanged(orderPath, order.ToString(Formatting.Indented) + "\n");
    var normalizedText = normalized.ToString(Formatting.Indented) + "\n";
    var normalizedPath = Path.Combine(obj, "millis.normalized.openapi.json");
    Output.WriteIfChanged(normalizedPath, normalizedText);
    Output.WriteIfChanged(Path.Combine(root, "generated/millis.normalized.openapi.json"), normalizedText);
    var nswag = ExcludedTypes.EffectiveConfig(JObject.Parse(File.ReadAllText(Path.Combine(root, "nswag.json"))), normalized, root, normalizedPath);
    Output.WriteIfChanged(Path.Combine(obj, "nswag.json"), nswag.ToString(Formatting.Indented) + "\n");
    Output.WriteIfChanged(Path.Combine(root, "generated/Millis.Enums.g.cs"), ExtensibleEnumWriter.Write(normalized, "Millis.Models"));
    Output.WriteIfChanged(Path.Combine(root, "generated/Millis.Operations.g.cs"), OperationTableWriter.Write(SpecOperations.Read(normalized)));
    Output.WriteIfChanged(Path.Combine(root, "generated/Millis.ModelExtras.g.cs"), ModelExtrasWriter.Write(normalized));
    foreach (var warning in Warnings.Of(normalized))
    {
        // stdout: MSBuild turns "warning CODE: text" into a build warning (stderr would be an error here).
        Console.WriteLine("warning " + warning);
    }
}

static void Plumb(string root, string obj)
{
    var models = Path.Combine(root, "generated/Millis.Models.g.cs");
    var normalized = JObject.Parse(File.ReadAllText(Path.Combine(obj, "millis.normalized.openapi.json")));
    Output.WriteIfChanged(models, PropertyNamePolisher.Polish(File.ReadAllText(models).Replace("\r\n", "\n", StringComparison.Ordinal), DocsOverlay.Preferred(normalized)));
    var raw = RawSignatures.Read(File.ReadAllText(Path.Combine(root, "generated/Millis.Raw.g.cs")).Replace("\r\n", "\n", StringComparison.Ordinal));
    var modelSignatures = ModelSignatures.Read(File.ReadAllText(models).Replace("\r\n", "\n", StringComparison.Ordinal));
    Output.WriteIfChanged(Path.Combine(root, "generated/Millis.Resources.g.cs"), ResourceWriter.Write(SpecOperations.Read(normalized), raw, modelSignatures, normalized));
}
