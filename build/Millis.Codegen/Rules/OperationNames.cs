using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>operationId becomes Tag_Summary in PascalCase (Agents_GetAgents), which NSwag splits into client and method.</summary>
internal static class OperationNames
{
    public static void Apply(JObject doc)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in AuthHeaderToSecurityScheme.Operations(doc))
        {
            var tag = (string?)operation["tags"]?.FirstOrDefault() ?? "Default";
            var summary = (string?)operation["summary"] ?? (string?)operation["operationId"]
                ?? throw new NormalizationException($"{Json.Where(operation)} has neither summary nor operationId");
            var name = Pascal(tag) + "_" + Pascal(summary);
            var original = (string?)operation["operationId"] ?? name;
            if (seen.TryGetValue(name, out var other))
            {
                throw new NormalizationException($"operations '{other}' and '{original}' would both be named {name}; give one a distinct summary override");
            }

            seen[name] = original;
            operation["operationId"] = name;
        }
    }

    /// <summary>"Create a WebRTC offer" → CreateAWebRTCOffer; keeps inner capitals, drops anything not a letter or digit.</summary>
    public static string Pascal(string text) => string.Concat(Words(text).Select(Capitalized));

    /// <summary>The words of a name or phrase: split at spaces and <c>_-/.</c>, each keeping only its letters and digits.</summary>
    public static IEnumerable<string> Words(string text) =>
        text.Split([' ', '_', '-', '/', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => new string(word.Where(char.IsLetterOrDigit).ToArray()))
            .Where(word => word.Length > 0);

    /// <summary>The word with its first character upper-cased, the rest as it is.</summary>
    public static string Capitalized(string word) => char.ToUpper(word[0], CultureInfo.InvariantCulture) + word[1..];
}
