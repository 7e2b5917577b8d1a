using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>Removes the per-operation 'authorization' header parameter and declares it once as an API-key scheme.</summary>
internal static class AuthHeaderToSecurityScheme
{
    private const string HeaderName = "authorization";

    public static void Apply(JObject doc)
    {
        var found = false;
        foreach (var operation in Operations(doc))
        {
            if (operation["parameters"] is not JArray parameters)
            {
                continue;
            }

            foreach (var p in parameters.OfType<JObject>().Where(IsAuthHeader).ToList())
            {
                p.Remove();
                found = true;
            }

            if (parameters.Count == 0)
            {
                operation.Remove("parameters");
            }
        }

        if (!found)
        {
            return;
        }

        var components = (JObject)doc["components"]!;
        components["securitySchemes"] = new JObject
        {
            ["ApiKey"] = new JObject
            {
                ["type"] = "apiKey",
                ["in"] = "header",
                ["name"] = HeaderName,
                ["description"] = "Private Key, sent raw (no Bearer prefix).",
            },
        };
        doc["security"] = new JArray(new JObject { ["ApiKey"] = new JArray() });
    }

    private static bool IsAuthHeader(JObject p) =>
        string.Equals((string?)p["in"], "header", StringComparison.OrdinalIgnoreCase) &&
        string.Equals((string?)p["name"], HeaderName, StringComparison.OrdinalIgnoreCase);

    internal static IEnumerable<JObject> Operations(JObject doc) =>
        (doc["paths"] as JObject)?.Properties()
            .SelectMany(path => ((JObject)path.Value).Properties())
            .Where(m => m.Value is JObject && m.Name is "get" or "put" or "post" or "delete" or "patch" or "head" or "options" or "trace")
            .Select(m => (JObject)m.Value) ?? [];
}
