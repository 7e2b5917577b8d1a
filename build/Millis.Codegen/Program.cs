using Millis.Codegen;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

// normalize <spec> <nswag.json> <normalized-out.json> <enums-out.cs>: the step before NSwag.
// polish <models.g.cs>: the step after it.
try
{
    switch (args)
    {
        case ["normalize", var spec, var nswag, var normalizedOut, var enumsOut]:
            var normalized = SpecNormalizer.Normalize(JObject.Parse(File.ReadAllText(spec)));
            ExcludedTypes.Check(normalized, JObject.Parse(File.ReadAllText(nswag)));
            WriteIfChanged(normalizedOut, normalized.ToString(Formatting.Indented) + "\n");
            WriteIfChanged(enumsOut, ExtensibleEnumWriter.Write(normalized, "Millis.Models"));
            return 0;
        case ["polish", var models]:
            WriteIfChanged(models, PropertyNamePolisher.Polish(File.ReadAllText(models).Replace("\r\n", "\n", StringComparison.Ordinal)));
            return 0;
        default:
            Console.Error.WriteLine("usage: Millis.Codegen normalize <spec.json> <nswag.json> <normalized.json> <enums.g.cs>");
            Console.Error.WriteLine("       Millis.Codegen polish <models.g.cs>");
            return 2;
    }
}
catch (NormalizationException ex)
{
    // MSBuild shows "error CODE: message" lines as build errors.
    Console.Error.WriteLine($"error MILLIS001: {ex.Message}");
    return 1;
}

static void WriteIfChanged(string path, string content)
{
    content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
    if (!File.Exists(path) || File.ReadAllText(path) != content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, content);
    }
}
