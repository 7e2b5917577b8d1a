using System.Text.RegularExpressions;

namespace Millis.Codegen;

/// <summary>A parameter of a generated raw-client method, exactly as NSwag wrote it.</summary>
internal sealed record RawParameter(string Type, string Name, bool Optional);

/// <summary>A generated raw-client method: its result type (inside Task&lt;&gt;) and parameters, without the token.</summary>
internal sealed record RawMethod(string Client, string Name, string Result, IReadOnlyList<RawParameter> Parameters);

/// <summary>Reads NSwag's raw clients back, so the plumbing calls them with the names and types NSwag chose.</summary>
internal static partial class RawSignatures
{
    public static Dictionary<(string Client, string Method), RawMethod> Read(string rawSource)
    {
        var methods = new Dictionary<(string, string), RawMethod>();
        string? client = null;
        foreach (var line in rawSource.Split('\n'))
        {
            if (ClassLine().Match(line) is { Success: true } c)
            {
                client = c.Groups["name"].Value;
                continue;
            }

            if (client is not null && MethodLine().Match(line) is { Success: true } m)
            {
                var parameters = SplitTopLevel(m.Groups["params"].Value)
                    .Select(p => p.Trim())
                    .Where(p => !p.StartsWith("System.Threading.CancellationToken", StringComparison.Ordinal))
                    .Select(Parse).ToList();
                methods[(client, m.Groups["name"].Value)] = new RawMethod(client, m.Groups["name"].Value, m.Groups["result"].Value, parameters);
            }
        }

        return methods;
    }

    private static RawParameter Parse(string text)
    {
        var optional = text.EndsWith(" = null", StringComparison.Ordinal);
        var declaration = optional ? text[..^" = null".Length] : text;
        var cut = declaration.LastIndexOf(' ');
        return new RawParameter(declaration[..cut], declaration[(cut + 1)..], optional);
    }

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<' or '(':
                    depth++;
                    break;
                case '>' or ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    yield return text[start..i];
                    start = i + 1;
                    break;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    [GeneratedRegex(@"^\s+internal partial class (?<name>\w+RawClient)\b")]
    private static partial Regex ClassLine();

    [GeneratedRegex(@"^\s+public virtual async System\.Threading\.Tasks\.Task<(?<result>.+)> (?<name>\w+Async)\((?<params>.*)\)\s*$")]
    private static partial Regex MethodLine();
}
