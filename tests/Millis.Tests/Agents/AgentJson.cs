using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Agents;

/// <summary>Serializes with Newtonsoft's default settings (what a caller gets) and compares JSON by meaning.</summary>
internal static class AgentJson
{
    public static string Text(object value) => JsonConvert.SerializeObject(value);

    public static JObject Of(object value) => JObject.Parse(JsonConvert.SerializeObject(value));

    /// <summary>Deep equality where numbers compare by value (10 equals 10.0), objects ignore key order.</summary>
    public static bool SameMeaning(JToken? a, JToken? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (IsNumber(a) && IsNumber(b))
        {
            return a.Value<decimal>() == b.Value<decimal>();
        }

        if (a.Type != b.Type)
        {
            return false;
        }

        return a switch
        {
            JObject oa => oa.Count == ((JObject)b).Count
                && oa.Properties().All(p => ((JObject)b).TryGetValue(p.Name, StringComparison.Ordinal, out var other) && SameMeaning(p.Value, other)),
            JArray aa => aa.Count == ((JArray)b).Count && aa.Zip((JArray)b, SameMeaning).All(x => x),
            _ => JToken.DeepEquals(a, b),
        };
    }

    /// <summary>Asserts equality by meaning and shows both documents when they differ.</summary>
    public static void AssertSameMeaning(JToken actual, JToken expected) =>
        Assert.That(SameMeaning(actual, expected), Is.True, $"Expected:{Environment.NewLine}{expected}{Environment.NewLine}Actual:{Environment.NewLine}{actual}");

    private static bool IsNumber(JToken t) => t.Type is JTokenType.Integer or JTokenType.Float;
}
