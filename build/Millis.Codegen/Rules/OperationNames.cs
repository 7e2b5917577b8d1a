using System.Globalization;
using System.Text;
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
    public static string Pascal(string text)
    {
        var sb = new StringBuilder();
        foreach (var word in text.Split([' ', '_', '-', '/', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var clean = new string(word.Where(char.IsLetterOrDigit).ToArray());
            if (clean.Length > 0)
            {
                sb.Append(char.ToUpper(clean[0], CultureInfo.InvariantCulture)).Append(clean, 1, clean.Length - 1);
            }
        }

        return sb.ToString();
    }
}
