using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// FastAPI splits a pydantic model used both ways into <c>X-Input</c> and <c>X-Output</c>. Codegen makes the pair one
/// C# type while the bodies are the same once their $refs are renamed alike, and two once they differ (the -Output
/// body keeps <c>X</c>, the -Input body becomes <c>XInput</c>). A split or a merge changes nothing on the wire but
/// replaces public types of the SDK.
/// </summary>
internal static class PairDiffer
{
    public static void Compare(Findings findings)
    {
        var (oldGroups, newGroups) = (Groups(findings.Old), Groups(findings.New));
        var (oldMerged, newMerged) = (Merged(findings.Old, oldGroups), Merged(findings.New, newGroups));
        foreach (var (name, members) in newGroups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!oldGroups.TryGetValue(name, out var oldMembers) || !oldMembers.SequenceEqual(members, StringComparer.Ordinal))
            {
                continue; // a schema of the pair is new or gone: reported as such
            }

            var at = "components " + string.Join(", ", members);
            var split = string.Join(", ", members.Select(m => $"{SplitName(name, m)} for {m}"));
            if (oldMerged.Contains(name) && !newMerged.Contains(name))
            {
                findings.Add(DiffKind.None, DiffKind.Breaking, "pair-split", at, $"bodies now differ: the C# type {name} becomes {split}");
            }
            else if (!oldMerged.Contains(name) && newMerged.Contains(name))
            {
                findings.Add(DiffKind.None, DiffKind.Breaking, "pair-merged", at, $"bodies are now the same: {split} become one C# type {name}");
            }
        }
    }

    private static string SplitName(string name, string schema) => SchemaNames.IsOutput(schema) ? name : name + "Input";

    /// <summary>Schemas that codegen would give the same C# name, by that name (members in ordinal order).</summary>
    private static Dictionary<string, List<string>> Groups(Document doc) =>
        doc.Schemas.Properties()
            .GroupBy(p => SchemaNames.CSharpName(p.Name), StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Name).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

    /// <summary>
    /// The groups that stay one type. A split cascades: once AgentConfig splits, Agent-Input and Agent-Output refer to
    /// different types, so their bodies differ too; repeat until nothing changes.
    /// </summary>
    private static HashSet<string> Merged(Document doc, Dictionary<string, List<string>> groups)
    {
        var merged = groups.Keys.ToHashSet(StringComparer.Ordinal);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var name in merged.ToList())
            {
                var bodies = groups[name].Select(m => Renamed(doc.Schemas[m]!, groups, merged)).ToList();
                if (bodies.Skip(1).Any(b => !Millis.Codegen.SchemaShape.Same(bodies[0], b)))
                {
                    merged.Remove(name);
                    changed = true;
                }
            }
        }

        return merged;
    }

    /// <summary>A copy of the body with each $ref renamed as codegen renames it; members of a split group keep their own names.</summary>
    private static JToken Renamed(JToken body, Dictionary<string, List<string>> groups, HashSet<string> merged)
    {
        var copy = body.DeepClone();
        foreach (var reference in copy.SelectTokens("..$ref").OfType<JValue>().ToList())
        {
            if ((string?)reference.Value is { } text && Document.SchemaName(text) is { } target)
            {
                var name = SchemaNames.CSharpName(target);
                reference.Value = groups.ContainsKey(name) && !merged.Contains(name) ? text : Document.SchemaRefPrefix + name;
            }
        }

        return copy;
    }
}
