using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>anyOf [X, {type: null}] becomes X marked nullable (a $ref becomes oneOf [$ref], NSwag's own nullable-reference form).</summary>
internal static class CollapseNullableAnyOf
{
    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["anyOf"] is not JArray anyOf)
            {
                continue;
            }

            var forms = anyOf.Where(t => !Json.IsNullSchema(t)).ToList();
            var nullable = forms.Count < anyOf.Count;
            if (forms.Count != 1)
            {
                if (forms.Count == 0)
                {
                    throw new NormalizationException($"{Json.Where(obj)} allows only null");
                }

                continue;
            }

            obj.Remove("anyOf");
            var form = (JObject)forms[0];
            if (Json.RefName(form) is { } name)
            {
                if (nullable)
                {
                    obj["oneOf"] = new JArray(form.DeepClone());
                }
                else
                {
                    obj["$ref"] = Json.SchemaRefPrefix + name;
                }
            }
            else
            {
                Json.MergeInto(form, obj);
            }

            if (nullable)
            {
                obj["nullable"] = true;
            }
        }
    }
}
