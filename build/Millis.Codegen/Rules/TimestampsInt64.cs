using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Integer fields that hold Unix timestamps (<c>created_at</c>, <c>ts</c>, <c>*_at</c>, <c>*_ts</c>, <c>*_time</c>)
/// become 64-bit: a 32-bit int overflows in 2038, and the API documents no format.
/// </summary>
internal static class TimestampsInt64
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["properties"] is not JObject properties)
            {
                continue;
            }

            foreach (var field in properties.Properties().Where(f => IsTimestampName(f.Name)))
            {
                foreach (var schema in Forms(field.Value))
                {
                    if (Json.TypeOf(schema) == "integer" && schema["format"] is null)
                    {
                        schema["format"] = "int64";
                    }
                }
            }
        }
    }

    public static bool IsTimestampName(string name) =>
        name is "ts" or "timestamp" || name.EndsWith("_at", StringComparison.Ordinal) || name.EndsWith("_ts", StringComparison.Ordinal) || name.EndsWith("_time", StringComparison.Ordinal);

    private static IEnumerable<JObject> Forms(JToken schema)
    {
        if (schema is not JObject obj)
        {
            yield break;
        }

        yield return obj;
        foreach (var key in new[] { "anyOf", "oneOf" })
        {
            foreach (var form in (obj[key] as JArray)?.OfType<JObject>() ?? [])
            {
                yield return form;
            }
        }
    }
}
