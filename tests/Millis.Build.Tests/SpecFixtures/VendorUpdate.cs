using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecFixtures;

/// <summary>
/// The vendor's published document as issue 10 §1 describes it, applied to the checked-in spec: what spec/ will look
/// like once it is updated. The fixtures must still prove the same things on it.
/// </summary>
internal static class VendorUpdate
{
    public static JObject Apply(JObject spec)
    {
        var doc = (JObject)spec.DeepClone();
        var schemas = (JObject)doc["components"]!["schemas"]!;
        JObject Property(string schema, string property) => (JObject)schemas[schema]!["properties"]![property]!;

        foreach (var schema in new[] { "fast_api_data__data__Function", "Function-Output", "MillisFunction-Input", "MillisFunction-Output" })
        {
            ((JArray)Property(schema, "response_mode")["anyOf"]!)[0] = new JObject { ["type"] = "string", ["enum"] = new JArray("strict", "flexible") };
        }

        foreach (var (schema, property) in new[] { ("WebhookConfig", "headers"), ("AppFunction", "credentials"), ("fast_api_data__data__Function", "header"), ("Function-Output", "header") })
        {
            ((JArray)Property(schema, property)["anyOf"]!)[0] = new JObject { ["type"] = "object", ["additionalProperties"] = new JObject { ["type"] = "string" } };
        }

        Property("CustomVocabulary", "keywords")["additionalProperties"] = new JObject { ["type"] = "integer" };
        schemas["PartialAgentConfig-Input"]!["additionalProperties"] = false;
        schemas["PartialAgentConfig-Output"]!["additionalProperties"] = false;
        Property("PartialAgentConfig-Input", "language")["default"] = "en-US";
        Property("SessionContinuation", "messages").Remove("default");
        return doc;
    }
}
