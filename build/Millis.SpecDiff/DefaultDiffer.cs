using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>
/// Compares the <c>default</c> of a property or parameter. The server applies it to an omitted field, so a changed
/// default changes what a client's request means (wire: breaking); the SDK never sends defaults (C#: none).
/// </summary>
internal static class DefaultDiffer
{
    public static void Compare(JToken? oldSchema, JToken? newSchema, string at, Findings findings)
    {
        var (o, n) = (DefaultOf(oldSchema), DefaultOf(newSchema));
        if (o is null && n is null || o is not null && n is not null && JToken.DeepEquals(o, n))
        {
            return;
        }

        if (o is null)
        {
            findings.Breaking("default-added", at, $"new default {Text(n!)}", DiffKind.None);
        }
        else if (n is null)
        {
            findings.Breaking("default-removed", at, $"default {Text(o)} removed", DiffKind.None);
        }
        else
        {
            findings.Breaking("default-changed", at, $"default changed from {Text(o)} to {Text(n)}", DiffKind.None);
        }
    }

    /// <summary>The default, read where pydantic writes it: beside the schema or beside its allOf/anyOf-null wrapper (not behind a $ref).</summary>
    public static JToken? DefaultOf(JToken? schema)
    {
        for (var (s, hops) = (schema as JObject, 0); s is not null && hops < 8; hops++)
        {
            if (s["default"] is { } value)
            {
                return value;
            }

            var members = (s["allOf"] ?? s["anyOf"] ?? s["oneOf"]) as JArray;
            var nonNull = members?.Where(m => !Shape.IsNull(m)).ToList();
            s = nonNull is { Count: 1 } && nonNull[0]["$ref"] is null ? nonNull[0] as JObject : null;
        }

        return null;
    }

    private static string Text(JToken value) => value.ToString(Formatting.None);
}
