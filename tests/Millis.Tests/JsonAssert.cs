using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests;

/// <summary>JSON comparisons for round-trip tests.</summary>
internal static class JsonAssert
{
    /// <summary>Parses without turning date-like strings into dates, so a comparison sees the text as sent.</summary>
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JToken.ReadFrom(reader);
    }

    /// <summary>
    /// Asserts the two documents hold the same data: same properties (in any order), same array order, same strings,
    /// numbers equal by value (so 0 and 0.0 match, because a C# double writes 0 as 0.0), nothing added or dropped.
    /// </summary>
    public static void SemanticallyEqual(string expected, string actual)
    {
        var e = Normalize(Parse(expected));
        var a = Normalize(Parse(actual));
        Assert.That(JToken.DeepEquals(e, a), Is.True, $"expected:\n{e}\nactual:\n{a}\nfirst difference: {FirstDifference(e, a) ?? "(none)"}");
    }

    /// <summary>Every number becomes a decimal JSON float (compared by value: 123 equals 123.0); everything else is kept.</summary>
    public static JToken Normalize(JToken token) => token switch
    {
        JObject o => new JObject(o.Properties().Select(p => new JProperty(p.Name, Normalize(p.Value)))),
        JArray a => new JArray(a.Select(Normalize)),
        JValue { Value: System.Numerics.BigInteger b } => new JValue(b.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        JValue { Type: JTokenType.Integer or JTokenType.Float } v => new JValue(Convert.ToDecimal(v.Value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => token.DeepClone(),
    };

    private static string? FirstDifference(JToken e, JToken a)
    {
        if (e.Type != a.Type)
        {
            return $"{e.Path}: {e.Type} vs {a.Type}";
        }

        if (e is JObject eo && a is JObject ao)
        {
            foreach (var name in eo.Properties().Select(p => p.Name).Union(ao.Properties().Select(p => p.Name)))
            {
                if (eo[name] is null || ao[name] is null)
                {
                    return $"{(eo[name] ?? ao[name])!.Path}: only in {(eo[name] is null ? "actual" : "expected")}";
                }

                if (FirstDifference(eo[name]!, ao[name]!) is { } d)
                {
                    return d;
                }
            }

            return null;
        }

        if (e is JArray ea && a is JArray aa)
        {
            if (ea.Count != aa.Count)
            {
                return $"{e.Path}: {ea.Count} items vs {aa.Count}";
            }

            return ea.Zip(aa, FirstDifference).FirstOrDefault(d => d is not null);
        }

        return JToken.DeepEquals(e, a) ? null : $"{e.Path}: {e.ToString(Formatting.None)} vs {a.ToString(Formatting.None)}";
    }
}
