using System.Reflection;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Gives every model type and property a description, which NSwag turns into its XML doc summary. The vendor's
/// descriptions win; where the vendor has none, <c>DocsOverlay.json</c> (beside <see cref="SchemaRenames"/>, keyed by the
/// C# type name and the wire field name) supplies one. An <c>XInput</c> split from <c>X</c> by rename-schemas reads
/// <c>X</c>'s entry. Anything still without text gets a plain fallback, the marker <see cref="UndocumentedKey"/> and a
/// MILLIS003 warning: a new vendor field never stops the build, and the convention tests count the markers (target 0).
/// </summary>
internal static class DocsOverlay
{
    public const string UndocumentedKey = "x-millis-undocumented";

    /// <summary>On a property the facade wraps in a friendlier member: that member's name (see <c>"preferred"</c> in the overlay).</summary>
    public const string PreferredKey = "x-millis-preferred";

    private static readonly Lazy<JObject> Overlay = new(Load);

    public static void Apply(JObject doc) => Apply(doc, Overlay.Value);

    public static void Apply(JObject doc, JObject overlay)
    {
        var types = overlay["types"] as JObject ?? new JObject();
        foreach (var schema in Json.Schemas(doc).Properties())
        {
            if (schema.Value is not JObject body || body[NamedUnions.HandWrittenMarker] is not null)
            {
                continue;
            }

            var entry = types[schema.Name] as JObject
                ?? (schema.Name.EndsWith("Input", StringComparison.Ordinal) ? types[schema.Name[..^"Input".Length]] as JObject : null);
            if (body["enum"] is not null)
            {
                // Extensible enums describe themselves (ExtensibleEnumWriter); an overlay summary still wins.
                SetIfMissing(body, entry?["summary"]);
                continue;
            }

            if (!SetIfMissing(body, entry?["summary"]))
            {
                Fallback(doc, body, $"The {schema.Name} object of the Millis API.", $"type {schema.Name}");
            }

            if (body["properties"] is not JObject properties)
            {
                continue;
            }

            foreach (var property in properties.Properties())
            {
                if (property.Value is JObject p && !SetIfMissing(p, entry?["properties"]?[property.Name]))
                {
                    Fallback(doc, p, $"The {property.Name} field.", $"property {schema.Name}.{property.Name}");
                }
            }
        }

        MarkPreferred(doc, overlay["preferred"] as JObject ?? new JObject());
    }

    /// <summary>"Class.wire_name" of every property marked <see cref="PreferredKey"/> in a normalized document.</summary>
    public static ISet<string> Preferred(JObject doc) =>
        Json.Schemas(doc).Properties()
            .SelectMany(s => (s.Value["properties"] as JObject)?.Properties().Where(p => p.Value[PreferredKey] is not null).Select(p => s.Name + "." + p.Name) ?? [])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Wire properties the facade wraps (<c>CallLog.ts</c> → <c>Timestamp</c>): the description points at the wrapper and
    /// the model file hides the raw one from IntelliSense. A wrapper whose property the spec no longer has is a warning,
    /// not an error: the facade's wrapper then fails to compile, which is the signal that matters.
    /// </summary>
    private static void MarkPreferred(JObject doc, JObject preferred)
    {
        foreach (var pair in preferred.Properties())
        {
            var dot = pair.Name.IndexOf('.', StringComparison.Ordinal);
            var property = dot > 0 ? Json.Schemas(doc)[pair.Name[..dot]]?["properties"]?[pair.Name[(dot + 1)..]] as JObject : null;
            if (property is null)
            {
                Warnings.Add(doc, "MILLIS003", $"DocsOverlay.json prefers {(string?)pair.Value} over {pair.Name}, which the spec does not have; remove the entry");
                continue;
            }

            property[PreferredKey] = (string?)pair.Value;
            property["description"] = $"{((string?)property["description"])?.TrimEnd()} Prefer {(string?)pair.Value}; this is the value as sent on the wire.".Trim();
        }
    }

    /// <summary>True when the node has a description afterwards (its own or the overlay's).</summary>
    private static bool SetIfMissing(JObject node, JToken? text)
    {
        if (HasDescription(node))
        {
            return true;
        }

        if (text is JValue { Type: JTokenType.String } s && !string.IsNullOrWhiteSpace((string?)s))
        {
            node["description"] = ((string)s!).Trim();
            return true;
        }

        return false;
    }

    private static bool HasDescription(JObject node) => node["description"] is JValue { Type: JTokenType.String } d && !string.IsNullOrWhiteSpace((string?)d);

    private static void Fallback(JObject doc, JObject node, string text, string what)
    {
        node["description"] = text;
        node[UndocumentedKey] = true;
        Warnings.Add(doc, "MILLIS003", $"{what} has no description in the spec or in build/Millis.Codegen/DocsOverlay.json; IntelliSense shows \"{text}\" until one is added");
    }

    private static JObject Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Millis.Codegen.DocsOverlay.json")
            ?? throw new InvalidOperationException("DocsOverlay.json is not embedded in Millis.Codegen");
        using var reader = new StreamReader(stream);
        return JObject.Parse(reader.ReadToEnd());
    }
}
