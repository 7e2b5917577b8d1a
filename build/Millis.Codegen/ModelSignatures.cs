using System.Text.RegularExpressions;

namespace Millis.Codegen;

/// <summary>A property of a generated model, as NSwag (and the polisher) wrote it.</summary>
internal sealed record ModelProperty(string JsonName, string Name, string Type, bool Required);

/// <summary>Reads the generated models back, so a flattened body's fields become parameters of the right types.</summary>
internal static partial class ModelSignatures
{
    public static Dictionary<string, List<ModelProperty>> Read(string modelsSource)
    {
        var models = new Dictionary<string, List<ModelProperty>>(StringComparer.Ordinal);
        List<ModelProperty>? current = null;
        (string Json, bool Required)? pending = null;
        foreach (var line in modelsSource.Split('\n'))
        {
            if (ClassLine().Match(line) is { Success: true } c)
            {
                models[c.Groups["name"].Value] = current = [];
                pending = null;
            }
            else if (AttributeLine().Match(line) is { Success: true } a)
            {
                pending = (a.Groups["json"].Value, a.Groups["required"].Value is "Always" or "DisallowNull" or "AllowNull");
            }
            else if (pending is { } p && PropertyLine().Match(line) is { Success: true } m)
            {
                current?.Add(new ModelProperty(p.Json, m.Groups["name"].Value, m.Groups["type"].Value, p.Required));
                pending = null;
            }
        }

        return models;
    }

    [GeneratedRegex(@"^\s+public partial class (?<name>\w+)")]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"^\s+\[Newtonsoft\.Json\.JsonProperty\(""(?<json>[^""]*)"", Required = Newtonsoft\.Json\.Required\.(?<required>\w+)")]
    private static partial Regex AttributeLine();

    [GeneratedRegex(@"^\s+public (?<type>[^=(]+?) (?<name>[A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex PropertyLine();
}
