using System.Text.RegularExpressions;

namespace Millis.Codegen;

/// <summary>
/// Workaround: NJsonSchema keeps snake_case underscores in C# property names (<c>First_message</c>) and nswag.json
/// cannot plug in another property name generator. After NSwag runs, each DTO property identifier is PascalCased
/// (<c>FirstMessage</c>); the wire name stays in its <c>[JsonProperty]</c>, so serialization is unchanged.
/// Remove when NSwag's configuration can name properties.
/// </summary>
internal static partial class PropertyNamePolisher
{
    public static string Polish(string source)
    {
        var output = new List<string>();
        var namesInClass = new HashSet<string>(StringComparer.Ordinal);
        var className = "";
        foreach (var line in source.Split('\n'))
        {
            if (ClassLine().Match(line) is { Success: true } c)
            {
                className = c.Groups["name"].Value;
                namesInClass.Clear();
            }

            var m = PropertyLine().Match(line);
            if (!m.Success)
            {
                output.Add(line);
                continue;
            }

            var name = m.Groups["name"].Value;
            var pascal = Rules.OperationNames.Pascal(name);
            if (pascal == className)
            {
                pascal += "Value";
            }

            if (!namesInClass.Add(pascal))
            {
                throw new NormalizationException($"{className}: two properties become {pascal}; rename one in the spec normalizer");
            }

            output.Add(line[..m.Groups["name"].Index] + pascal + line[(m.Groups["name"].Index + name.Length)..]);
        }

        return string.Join('\n', output);
    }

    [GeneratedRegex(@"^\s+public partial class (?<name>\w+)")]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"^\s+public [^=(]+? (?<name>[A-Za-z_][A-Za-z0-9_]*) \{ get; set; \}")]
    private static partial Regex PropertyLine();
}
