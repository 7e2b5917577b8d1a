using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>A parameter of an operation as the normalized spec declares it.</summary>
internal sealed record SpecParameter(string Name, string In, bool Required, JObject Schema, string? Description);

/// <summary>One operation of the normalized spec with the decisions of <see cref="OperationPolicy"/>.</summary>
internal sealed record SpecOperation(
    string Method,
    string Path,
    string RawClient,
    string RawMethod,
    string Summary,
    string? Description,
    string Group,
    string GroupSummary,
    OperationRow Row,
    IReadOnlyList<SpecParameter> Parameters,
    bool HasBody)
{
    /// <summary>The operation's stable name, e.g. <c>AgentsCreate</c>.</summary>
    public string Name => Group + Row.Method;
}

/// <summary>Reads the operations of a normalized document (after rule operation-names: operationId is Tag_Summary).</summary>
internal static class SpecOperations
{
    public static IReadOnlyList<SpecOperation> Read(JObject normalized)
    {
        var result = new List<SpecOperation>();
        foreach (var path in (normalized["paths"] as JObject)?.Properties() ?? [])
        {
            foreach (var m in ((JObject)path.Value).Properties().Where(p => p.Value is JObject))
            {
                var operation = (JObject)m.Value;
                var id = (string?)operation["operationId"] ?? throw new NormalizationException($"{m.Name.ToUpperInvariant()} {path.Name} has no operationId");
                var split = id.IndexOf('_');
                var summary = (string?)operation["summary"] ?? id;
                var row = OperationPolicy.For(m.Name, path.Name, summary);
                var (group, groupSummary) = OperationPolicy.GroupOf((string?)operation["tags"]?.FirstOrDefault() ?? "Default", row);
                var parameters = (operation["parameters"] as JArray)?.OfType<JObject>().Select(p => new SpecParameter(
                    (string)p["name"]!, (string)p["in"]!, (bool?)p["required"] ?? false, p["schema"] as JObject ?? new JObject(), (string?)p["description"] ?? (string?)p["schema"]?["description"])).ToList() ?? [];
                result.Add(new SpecOperation(
                    m.Name.ToUpperInvariant(), path.Name, id[..split] + "RawClient", id[(split + 1)..] + "Async", summary, (string?)operation["description"],
                    group, groupSummary, row, parameters, operation["requestBody"] is not null));
            }
        }

        var clash = result.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new NormalizationException($"operations {string.Join(" and ", clash.Select(o => o.Method + " " + o.Path))} would both be named {clash.Key}; name one in build/Millis.Codegen/OperationPolicy.cs");
        }

        return result;
    }
}
