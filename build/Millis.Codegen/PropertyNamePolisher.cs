using System.Text.RegularExpressions;

namespace Millis.Codegen;

/// <summary>
/// Workaround: NJsonSchema keeps snake_case underscores in C# property names (<c>First_message</c>) and nswag.json
/// cannot plug in another property name generator. After NSwag runs, each DTO property identifier is PascalCased
/// (<c>FirstMessage</c>); the wire name stays in its <c>[JsonProperty]</c>, so serialization is unchanged. NSwag's
/// Prism-style header line (<c>public T Name    {</c>) is also split into the usual two lines, and every
/// <c>[JsonProperty]</c> gets <c>ObjectCreationHandling.Replace</c>, so any serializer calls the setter (which records
/// the field) instead of filling the object a required property starts with. NSwag's file-wide
/// <c>#pragma warning disable 1591</c> is dropped: every model member has a summary (rule docs-overlay), so a missing one
/// fails the package build like anywhere else in the facade. A wire property the facade wraps in a friendlier member
/// (<c>x-millis-preferred</c>, rule docs-overlay) gets <c>[EditorBrowsable(Never)]</c>: it stays public and on the wire,
/// but IntelliSense offers the wrapper.
/// Remove when NSwag's configuration can name properties.
/// </summary>
internal static partial class PropertyNamePolisher
{
    public static string Polish(string source) => Polish(source, new HashSet<string>(StringComparer.Ordinal));

    /// <param name="source">NSwag's model file.</param>
    /// <param name="hidden">"Class.wire_name" of the properties to hide from IntelliSense.</param>
    public static string Polish(string source, ISet<string> hidden)
    {
        var output = new List<string>();
        var namesInClass = new HashSet<string>(StringComparer.Ordinal);
        var className = "";
        foreach (var line in source.Split('\n'))
        {
            if (MissingDocsPragma().IsMatch(line))
            {
                continue;
            }

            if (ClassLine().Match(line) is { Success: true } c)
            {
                className = c.Groups["name"].Value;
                namesInClass.Clear();
            }

            if (AttributeLine().Match(line) is { Success: true } a)
            {
                if (hidden.Contains(className + "." + a.Groups["wire"].Value))
                {
                    output.Add(line[..(line.Length - line.TrimStart().Length)] + "[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]");
                }

                // Reading must call the setter (which records the field) even where the property starts with an object.
                output.Add(line.Insert(a.Groups["args"].Index + a.Groups["args"].Length, ", ObjectCreationHandling = Newtonsoft.Json.ObjectCreationHandling.Replace"));
                continue;
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

            var indent = m.Groups["indent"].Value;
            output.Add($"{indent}public {m.Groups["type"].Value} {pascal}");
            output.Add($"{indent}{{");
        }

        return string.Join('\n', output);
    }

    [GeneratedRegex(@"^\s+\[Newtonsoft\.Json\.JsonProperty\((?<args>""(?<wire>[^""]*)"".*?)\)\]$")]
    private static partial Regex AttributeLine();

    [GeneratedRegex(@"^#pragma warning (disable|restore) 1591\b")]
    private static partial Regex MissingDocsPragma();

    [GeneratedRegex(@"^\s+public partial class (?<name>\w+)")]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"^(?<indent>\s+)public (?<type>[^=(]+?) (?<name>[A-Za-z_][A-Za-z0-9_]*)\s+\{$")]
    private static partial Regex PropertyLine();
}
