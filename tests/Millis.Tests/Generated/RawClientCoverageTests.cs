using System.Reflection;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Generated;

/// <summary>The generated raw clients cover the checked-in spec exactly: one method per (method, path).</summary>
public class RawClientCoverageTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch"];

    [Test]
    public void SpecDeclaresFortySevenOperations()
    {
        Assert.That(Operations(RepoFiles.Spec()).Count, Is.EqualTo(47));
    }

    [Test]
    public void EveryOperationHasExactlyOneGeneratedClientMethod()
    {
        var normalized = RepoFiles.NormalizedSpec();
        var rawClients = typeof(Millis.Models.Agent).Assembly.GetTypes()
            .Where(t => t.Namespace == "Millis.Generated" && t.Name.EndsWith("RawClient", StringComparison.Ordinal))
            .ToDictionary(t => t.Name);

        var missing = new List<string>();
        foreach (var (method, path, operationId) in Operations(normalized))
        {
            var parts = operationId.Split('_');
            var client = rawClients.GetValueOrDefault(parts[0] + "RawClient");
            var count = client?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Count(m => m.Name == parts[1] + "Async") ?? 0;
            if (count != 1)
            {
                missing.Add($"{method.ToUpperInvariant()} {path} ({operationId}): {count} methods");
            }
        }

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void GeneratedClientsHaveNoMethodsBeyondTheSpec()
    {
        var methods = typeof(Millis.Models.Agent).Assembly.GetTypes()
            .Where(t => t.Namespace == "Millis.Generated" && t.Name.EndsWith("RawClient", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Count(m => m.Name.EndsWith("Async", StringComparison.Ordinal));

        Assert.That(methods, Is.EqualTo(47));
    }

    [Test]
    public void NormalizationKeepsEveryMethodAndPathOfTheSpec()
    {
        var original = Operations(RepoFiles.Spec()).Select(o => (o.Method, o.Path));
        var normalized = Operations(RepoFiles.NormalizedSpec()).Select(o => (o.Method, o.Path));

        Assert.That(normalized, Is.EquivalentTo(original));
    }

    private static List<(string Method, string Path, string OperationId)> Operations(JObject spec) =>
        ((JObject)spec["paths"]!).Properties()
            .SelectMany(p => ((JObject)p.Value).Properties()
                .Where(m => HttpMethods.Contains(m.Name))
                .Select(m => (m.Name, p.Name, (string)m.Value["operationId"]!)))
            .ToList();
}
