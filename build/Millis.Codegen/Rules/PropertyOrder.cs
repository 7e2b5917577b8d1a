using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// Orders the properties of every schema by the order recorded in generated/property-order.json, the vendor's field
/// order as first seen; new fields follow in name order, removed ones leave the record. So a vendor document that
/// lists the same fields in another order generates the same code, while models keep the field order the API's
/// authors chose (and a model writes its JSON in that order, as the builders always did).
/// </summary>
internal static class PropertyOrder
{
    /// <summary>Where SpecNormalizer.Normalize carries the record in and out of the document.</summary>
    public const string Key = "x-millis-property-order";

    public static void Apply(JObject doc)
    {
        var recorded = doc[Key] as JObject;
        var updated = new JObject();
        foreach (var schema in Json.Schemas(doc).Properties())
        {
            if (schema.Value is not JObject { } body || body["properties"] is not JObject properties)
            {
                continue;
            }

            var names = properties.Properties().Select(p => p.Name).ToList();
            var known = recorded is null
                ? names
                : (recorded[schema.Name] as JArray)?.Select(t => (string)t!).Where(names.Contains).ToList() ?? [];
            var order = known.Concat(names.Except(known, StringComparer.Ordinal).Order(StringComparer.Ordinal)).ToList();
            body["properties"] = new JObject(order.Select(n => new JProperty(n, properties[n])));
            updated[schema.Name] = new JArray(order);
        }

        foreach (var obj in Json.ObjectsBottomUp(doc).Where(o => o["properties"] is JObject && !IsComponent(doc, o)))
        {
            var properties = (JObject)obj["properties"]!;
            obj["properties"] = new JObject(properties.Properties().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new JProperty(p.Name, p.Value)));
        }

        doc[Key] = updated;
    }

    private static bool IsComponent(JObject doc, JObject obj) => obj.Parent is JProperty { Parent: JObject parent } && ReferenceEquals(parent, doc["components"]?["schemas"]);
}
