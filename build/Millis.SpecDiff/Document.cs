using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>An OpenAPI document with local <c>$ref</c> resolution.</summary>
public sealed class Document
{
    public const string SchemaRefPrefix = "#/components/schemas/";

    public Document(JObject root)
    {
        Root = root;
        if (root["paths"] is not null and not JObject)
        {
            throw new SpecDiffException("'paths' is not an object");
        }
    }

    public JObject Root { get; }

    public JObject Paths => Root["paths"] as JObject ?? new JObject();

    public JObject Schemas => Root["components"]?["schemas"] as JObject ?? new JObject();

    /// <summary>The component name a <c>$ref</c> points at, or null when it is not a component schema.</summary>
    public static string? SchemaName(string reference) =>
        reference.StartsWith(SchemaRefPrefix, StringComparison.Ordinal) ? Unescape(reference[SchemaRefPrefix.Length..]) : null;

    /// <summary>Follows <c>$ref</c>s (any local JSON pointer) until an object without one.</summary>
    public JObject? Deref(JToken? token)
    {
        for (var hops = 0; token is JObject o && (string?)o["$ref"] is { } reference; hops++)
        {
            if (hops > 32)
            {
                throw new SpecDiffException($"$ref loop at {reference}");
            }

            token = Resolve(reference);
        }

        return token as JObject;
    }

    public JToken Resolve(string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new SpecDiffException($"only local $refs are supported: {reference}");
        }

        JToken? node = Root;
        foreach (var part in reference[2..].Split('/'))
        {
            node = node is JObject o ? o[Unescape(part)] : null;
        }

        return node ?? throw new SpecDiffException($"unresolved $ref {reference}");
    }

    private static string Unescape(string pointerPart) => pointerPart.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
