using Millis.Codegen.Rules;
using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>
/// Rewrites the vendor's OpenAPI 3.1 document (as FastAPI writes it) into an OpenAPI 3.0 document NSwag reads
/// correctly. The rules run in this order; each says why it exists and when it can go. spec/ is never changed.
/// </summary>
internal static class SpecNormalizer
{
    public static IReadOnlyList<NormalizationRule> Rules { get; } =
    [
        new("rename-schemas",
            "FastAPI's module-qualified and -Input/-Output schema names would become public C# type names",
            "never: the vendor's names are FastAPI's",
            RenameSchemas.Apply),
        new("auth-header-to-security-scheme",
            "FastAPI models the key as an 'authorization' header parameter on each operation; as a parameter it would be a per-call argument instead of a client credential",
            "when the vendor declares a securityScheme",
            AuthHeaderToSecurityScheme.Apply),
        new("named-unions",
            "NSwag types an anyOf of several forms as object; each known union becomes a hand-written type",
            "never: NSwag has no union types",
            NamedUnions.Apply),
        new("collapse-nullable-anyof",
            "NSwag turns anyOf [X, {type: null}] into an empty placeholder class instead of a nullable X",
            "when NSwag reads OpenAPI 3.1 nullability",
            CollapseNullableAnyOf.Apply),
        new("single-allof-to-ref",
            "pydantic wraps a described $ref in allOf; NSwag can generate a subclass for it",
            "when NSwag treats a one-element allOf as the referenced type",
            SingleAllOfToRef.Apply),
        new("const-to-default",
            "a Literal field (const + one-value enum) becomes a one-member C# enum; as a string with a default it is written automatically",
            "when NSwag supports const",
            ConstToDefault.Apply),
        new("extensible-enums",
            "NSwag's C# enums throw on a value added by the vendor after the SDK was built; the enums become string-backed structs written by this tool",
            "never: the API keeps growing",
            ExtensibleEnums.Apply),
        new("free-form-objects-as-dictionaries",
            "NSwag types a property-less object (a Python dict) as object, read back as JObject; with additionalProperties: {} it is IDictionary<string, object>",
            "when NSwag maps additionalProperties: true to a dictionary",
            FreeFormObjects.Apply),
        new("untyped-parameters",
            "a path parameter without a type (FastAPI's untyped argument) becomes object",
            "when the vendor annotates the parameter",
            UntypedParameters.Apply),
        new("untyped-responses-nullable",
            "NSwag throws 'Response was null' when an untyped response (schema {}) is null or empty, though any JSON, null included, is valid there",
            "when the vendor types these responses",
            UntypedResponses.Apply),
        new("numeric-exclusive-bounds",
            "OpenAPI 3.1 writes exclusiveMinimum as a number, 3.0 (what NSwag reads) as a flag beside minimum",
            "when NSwag reads OpenAPI 3.1 bounds",
            NumericExclusiveBounds.Apply),
        new("operation-names",
            "FastAPI's operationIds (get_agents_agents_get) become method names; Tag_Summary gives one raw client per tag and readable methods",
            "never",
            OperationNames.Apply),
        new("openapi-3.0",
            "after the rules above the document is OpenAPI 3.0; saying so makes NSwag read nullable and bounds the 3.0 way",
            "when NSwag reads OpenAPI 3.1",
            doc => doc["openapi"] = "3.0.3"),
        new("check-clean-names",
            "guard: no module-qualified, -Input/-Output or otherwise unusable schema name may reach a public type",
            "never",
            CheckCleanNames.Apply),
    ];

    public static JObject Normalize(JObject spec)
    {
        var doc = (JObject)spec.DeepClone();
        foreach (var rule in Rules)
        {
            try
            {
                rule.Apply(doc);
            }
            catch (NormalizationException ex)
            {
                throw new NormalizationException($"normalizer rule '{rule.Name}': {ex.Message}");
            }
        }

        return doc;
    }
}
