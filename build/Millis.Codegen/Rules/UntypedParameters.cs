using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>A parameter schema with no type (FastAPI's unannotated argument) is typed string.</summary>
internal static class UntypedParameters
{
    public static void Apply(JObject doc)
    {
        foreach (var operation in AuthHeaderToSecurityScheme.Operations(doc))
        {
            foreach (var p in (operation["parameters"] as JArray)?.OfType<JObject>() ?? [])
            {
                if (p["schema"] is JObject s && s["type"] is null && s["$ref"] is null && s["anyOf"] is null && s["oneOf"] is null && s["allOf"] is null)
                {
                    s["type"] = "string";
                }
            }
        }
    }
}
