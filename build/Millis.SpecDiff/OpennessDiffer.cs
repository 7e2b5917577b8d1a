using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>What an object schema says about fields it does not list (<c>additionalProperties</c>).</summary>
internal enum Openness
{
    /// <summary>Absent, <c>true</c> or <c>{}</c>: any extra field, any value.</summary>
    Open,

    /// <summary><c>false</c>: extra fields are rejected.</summary>
    Closed,

    /// <summary>A typed schema: extra fields are allowed with values of that type.</summary>
    Map,
}

/// <summary>
/// Compares <c>additionalProperties</c>. On a property-less object (a Python dict) it is the whole C# type
/// (<c>IDictionary&lt;string, object&gt;</c>, <c>IDictionary&lt;string, string&gt;</c>), so any change breaks C# source;
/// on an object with properties the SDK keeps unknown fields on its base class whatever the spec says (C#: none).
/// </summary>
internal static class OpennessDiffer
{
    public static Openness Of(JObject schema, Document doc) => schema["additionalProperties"] switch
    {
        JValue { Type: JTokenType.Boolean } flag when !(bool)flag => Openness.Closed,
        JObject values when Shape.Of(values, doc).Kind != "any" => Openness.Map,
        _ => Openness.Open,
    };

    /// <summary>Records the change; returns whether both are maps, whose value schemas the caller compares.</summary>
    public static bool Compare(Shape o, Shape n, string at, Direction direction, Findings findings)
    {
        var (before, after) = (Of(o.Schema, findings.Old), Of(n.Schema, findings.New));
        if (before == after)
        {
            return before == Openness.Map;
        }

        var propertyLess = !HasProperties(o.Schema) && !HasProperties(n.Schema);
        var csharp = propertyLess ? DiffKind.Breaking : DiffKind.None;
        switch (before, after)
        {
            case (_, Openness.Closed):
                findings.ByDirection(direction, DiffKind.Breaking, DiffKind.None, csharp, "object-closed", at, "object closed (additionalProperties: false): fields it does not list are rejected");
                break;
            case (Openness.Closed, _):
                findings.ByDirection(direction, DiffKind.Additive, DiffKind.None, csharp, "object-opened", at, $"object opened: fields it does not list are allowed{ValueNote(n, findings.New)}");
                break;
            case (Openness.Open, Openness.Map):
                findings.ByDirection(direction, DiffKind.Breaking, DiffKind.None, csharp, "free-form-to-typed-map", at, $"free-form object became a map of {Values(n, findings.New)}");
                break;
            default: // map → open
                findings.ByDirection(direction, DiffKind.Additive, DiffKind.Breaking, csharp, "typed-map-to-free-form", at, $"map of {Values(o, findings.Old)} became a free-form object");
                break;
        }

        return false;
    }

    private static bool HasProperties(JObject schema) => schema["properties"] is JObject { Count: > 0 };

    private static string Values(Shape map, Document doc) => Shape.Of(map.Schema["additionalProperties"], doc).Describe(doc);

    private static string ValueNote(Shape n, Document doc) => Of(n.Schema, doc) == Openness.Map ? $" with values of {Values(n, doc)}" : "";
}
