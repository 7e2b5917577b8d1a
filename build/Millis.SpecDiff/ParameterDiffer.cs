using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>Compares an operation's parameters (its own and its path item's), matched by name.</summary>
internal sealed class ParameterDiffer(Findings findings, SchemaDiffer schemas)
{
    public void Compare(string where, JObject oldItem, JObject oldOp, JObject newItem, JObject newOp)
    {
        var oldParams = Parameters(findings.Old, oldItem, oldOp);
        var newParams = Parameters(findings.New, newItem, newOp);
        foreach (var ((name, location), oldParam) in oldParams)
        {
            var at = $"{where} parameter {name}";
            var match = newParams.GetValueOrDefault((name, location));
            if (match is null)
            {
                var moved = newParams.Where(p => string.Equals(p.Key.Name, name, NameComparison(location))).Select(p => p.Value).FirstOrDefault();
                if (moved is null)
                {
                    findings.Breaking("removed-parameter", at, $"{location} parameter removed");
                    continue;
                }

                // One finding per parameter that moved, not one for each end.
                findings.Breaking("parameter-moved", at, $"parameter moved from {location} to {(string?)moved["in"]}");
                continue;
            }

            var (wasRequired, isRequired) = ((bool?)oldParam["required"] == true, (bool?)match["required"] == true);
            if (!wasRequired && isRequired)
            {
                findings.Breaking("parameter-made-required", at, $"{location} parameter is now required");
            }
            else if (wasRequired && !isRequired)
            {
                findings.Additive("parameter-made-optional", at, $"{location} parameter is now optional");
            }

            DefaultDiffer.Compare(oldParam["schema"], match["schema"], at, findings);
            schemas.Compare(oldParam["schema"], match["schema"], at, "", Direction.Request, Holder.Parameter(!wasRequired, !isRequired));
        }

        foreach (var ((name, location), newParam) in newParams)
        {
            if (oldParams.ContainsKey((name, location)) || oldParams.Keys.Any(k => string.Equals(k.Name, name, NameComparison(k.In))))
            {
                continue;
            }

            var at = $"{where} parameter {name}";
            var type = Shape.Of(newParam["schema"], findings.New).Describe(findings.New);
            var unions = UnionNames.UnnamedIn(newParam["schema"], findings.New);
            var (note, flag) = (UnionNames.Note(unions), unions.Count > 0);
            if ((bool?)newParam["required"] == true)
            {
                findings.Breaking("new-required-parameter", at, $"new required {location} parameter ({type}){note}", needsNamedUnion: flag);
            }
            else
            {
                // Optional parameters come last with a default, and the facade passes arguments by name.
                findings.Additive("new-optional-parameter", at, $"new optional {location} parameter ({type}){note}", needsNamedUnion: flag);
            }
        }
    }

    // Header names are case-insensitive; everything else is exact.
    private static StringComparison NameComparison(string location) =>
        location == "header" ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The effective parameters: the path item's, overridden by the operation's, keyed by (name, in).</summary>
    private static Dictionary<(string Name, string In), JObject> Parameters(Document doc, JObject pathItem, JObject operation)
    {
        var result = new Dictionary<(string, string), JObject>();
        foreach (var token in (pathItem["parameters"] as JArray ?? []).Concat(operation["parameters"] as JArray ?? []))
        {
            if (doc.Deref(token) is { } p && (string?)p["name"] is { } name && (string?)p["in"] is { } location)
            {
                result[(location == "header" ? name.ToLowerInvariant() : name, location)] = p;
            }
        }

        return result;
    }
}
