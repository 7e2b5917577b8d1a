using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>Compares paths and operations: which exist, their parameters, request bodies and responses.</summary>
internal sealed class OperationDiffer(Findings findings)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    private readonly SchemaDiffer _schemas = new(findings);

    public static IEnumerable<(string Method, JObject Operation)> Operations(JObject? pathItem) =>
        Methods.Select(m => (m, pathItem?[m] as JObject)).Where(x => x.Item2 is not null).Select(x => (x.m, x.Item2!));

    public void Compare()
    {
        var (oldPaths, newPaths) = (findings.Old.Paths, findings.New.Paths);
        foreach (var path in oldPaths.Properties())
        {
            var oldItem = findings.Old.Deref(path.Value);
            if (findings.New.Deref(newPaths[path.Name]) is not { } newItem)
            {
                findings.Breaking("removed-path", path.Name, $"path removed ({MethodList(oldItem)})");
                continue;
            }

            foreach (var (method, oldOp) in Operations(oldItem))
            {
                var where = method.ToUpperInvariant() + " " + path.Name;
                if (newItem[method] is JObject newOp)
                {
                    CompareOperation(where, oldItem!, oldOp, newItem, newOp);
                }
                else
                {
                    findings.Breaking("removed-operation", where, "operation removed");
                }
            }

            foreach (var (method, operation) in Operations(newItem).Where(x => oldItem?[x.Method] is null))
            {
                var unions = UnionNames.UnnamedIn(operation, findings.New);
                findings.Additive("new-operation", method.ToUpperInvariant() + " " + path.Name, "new operation" + UnionNames.Note(unions), needsNamedUnion: unions.Count > 0);
            }
        }

        foreach (var path in newPaths.Properties().Where(p => oldPaths[p.Name] is null))
        {
            var unions = UnionNames.UnnamedIn(path.Value, findings.New);
            findings.Additive("new-path", path.Name, $"new path ({MethodList(findings.New.Deref(path.Value))}){UnionNames.Note(unions)}", needsNamedUnion: unions.Count > 0);
        }
    }

    private static string MethodList(JObject? pathItem) => string.Join(", ", Operations(pathItem).Select(x => x.Method.ToUpperInvariant()));

    private void CompareOperation(string where, JObject oldItem, JObject oldOp, JObject newItem, JObject newOp)
    {
        new ParameterDiffer(findings, _schemas).Compare(where, oldItem, oldOp, newItem, newOp);
        CompareRequestBody(where, findings.Old.Deref(oldOp["requestBody"]), findings.New.Deref(newOp["requestBody"]));
        var oldResponses = oldOp["responses"] as JObject ?? new JObject();
        var newResponses = newOp["responses"] as JObject ?? new JObject();
        foreach (var status in oldResponses.Properties())
        {
            var at = where + " " + status.Name;
            if (findings.New.Deref(newResponses[status.Name]) is { } newResponse)
            {
                CompareContent(at, findings.Old.Deref(status.Value)?["content"], newResponse["content"], Direction.Response);
            }
            else
            {
                findings.Breaking("removed-response", at, "response removed", CSharpRules.ResponseStatus(status.Name));
            }
        }

        foreach (var status in newResponses.Properties().Where(p => oldResponses[p.Name] is null))
        {
            findings.Additive("new-response", where + " " + status.Name, "new response", CSharpRules.ResponseStatus(status.Name));
        }
    }

    private void CompareRequestBody(string where, JObject? oldBody, JObject? newBody)
    {
        var at = where + " request";
        var (wasRequired, isRequired) = ((bool?)oldBody?["required"] == true, (bool?)newBody?["required"] == true);
        if (oldBody is null && newBody is null)
        {
            return;
        }

        if (oldBody is null)
        {
            if (isRequired)
            {
                findings.Breaking("new-required-request-body", at, "new required request body");
            }
            else
            {
                findings.Additive("new-optional-request-body", at, "new optional request body");
            }

            return;
        }

        if (newBody is null)
        {
            findings.Breaking("removed-request-body", at, "request body removed");
            return;
        }

        if (!wasRequired && isRequired)
        {
            findings.Breaking("request-body-made-required", at, "request body is now required");
        }
        else if (wasRequired && !isRequired)
        {
            findings.Additive("request-body-made-optional", at, "request body is now optional");
        }

        CompareContent(at, oldBody["content"], newBody["content"], Direction.Request);
    }

    /// <summary>Compares the media types of a request body or response; JSON is the default and not named in locations.</summary>
    private void CompareContent(string where, JToken? oldContent, JToken? newContent, Direction direction)
    {
        var oldTypes = oldContent as JObject ?? new JObject();
        var newTypes = newContent as JObject ?? new JObject();
        foreach (var media in oldTypes.Properties())
        {
            var at = media.Name == "application/json" ? where : where + " " + media.Name;
            if (newTypes[media.Name] is JObject newMedia)
            {
                _schemas.Compare(media.Value["schema"], newMedia["schema"], at, "", direction);
            }
            else
            {
                findings.Breaking("removed-media-type", at, $"media type {media.Name} removed");
            }
        }

        foreach (var media in newTypes.Properties().Where(p => oldTypes[p.Name] is null))
        {
            // The generated method keeps reading and writing the media type it was generated for.
            findings.Additive("new-media-type", where, $"new media type {media.Name}", DiffKind.None);
        }
    }
}
