using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>An untyped JSON response (<c>schema: {}</c>, any JSON) is marked nullable: <c>null</c> or an empty body is a valid answer.</summary>
internal static class UntypedResponses
{
    public static void Apply(JObject doc)
    {
        foreach (var operation in AuthHeaderToSecurityScheme.Operations(doc))
        {
            foreach (var response in (operation["responses"] as JObject)?.Properties() ?? [])
            {
                if (response.Value.SelectToken("content.['application/json'].schema") is JObject { Count: 0 } schema)
                {
                    schema["nullable"] = true;
                }
            }
        }
    }
}
