using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// Compares the enum values (or const) of two schemas, component-level or inline alike: codegen makes every string
/// enum a string-backed struct with one static member per value, so a value removed is a member removed.
/// </summary>
internal static class EnumDiffer
{
    public static void Compare(Shape o, Shape n, string at, Usage usage, Findings findings)
    {
        var (oldValues, newValues) = (o.EnumValues, n.EnumValues);
        if (oldValues is null && newValues is null)
        {
            return;
        }

        if (oldValues is null)
        {
            // The server now rejects other values it is sent; a client reading a response gets fewer; C#: string → struct.
            findings.Narrowed(usage, at, $"now restricted to the values {List(newValues!)}", DiffKind.Breaking, "narrowed-to-enum", forResponses: DiffKind.None);
            return;
        }

        if (newValues is null)
        {
            findings.Widened(usage, at, "no longer restricted to enum values", DiffKind.Breaking, "enum-lifted");
            return;
        }

        foreach (var removed in oldValues.Where(v => !newValues.Any(w => JToken.DeepEquals(v, w))))
        {
            findings.Breaking("removed-enum-value", at, $"removed enum value {Text(removed)}");
        }

        foreach (var added in newValues.Where(v => !oldValues.Any(w => JToken.DeepEquals(v, w))))
        {
            findings.Additive("new-enum-value", at, $"new enum value {Text(added)}");
        }
    }

    private static string Text(JToken value) => value.ToString(Formatting.None);

    private static string List(IEnumerable<JToken> values) => "[" + string.Join(", ", values.Select(Text)) + "]";
}
