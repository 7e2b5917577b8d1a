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
        new("stable-order",
            "NSwag emits paths, schemas and properties in document order, so a vendor document written in another order would change generated/ without changing the API",
            "never: the vendor may reorder its document at any time",
            StableOrder.Apply),
        new("rename-schemas",
            "FastAPI's module-qualified and -Input/-Output schema names would become public C# type names; pairs merge while their C# shape is the same, else the -Output keeps the name and the -Input becomes XInput",
            "never: the vendor's names are FastAPI's",
            RenameSchemas.Apply),
        new("property-order",
            "NSwag emits properties in document order; the recorded vendor order (generated/property-order.json) keeps generated code and JSON field order the same when the vendor lists fields in another order",
            "never: the vendor may reorder its document at any time",
            PropertyOrder.Apply),
        new("auth-header-to-security-scheme",
            "FastAPI models the key as an 'authorization' header parameter on each operation; as a parameter it would be a per-call argument instead of a client credential",
            "when the vendor declares a securityScheme",
            AuthHeaderToSecurityScheme.Apply),
        new("inline-enums",
            "NSwag turns an enum written inside a property into a C# enum named after its owner (AgentToolResponse_mode) that throws on a value added later; lifted into a named schema it becomes an extensible struct",
            "never: the API keeps growing",
            InlineEnums.Apply),
        new("named-unions",
            "NSwag types an anyOf of several forms as object; each known union becomes a hand-written type, an unknown one the generic lossless MillisUnion with a build warning",
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
        new("const-values",
            "a Literal field (const + one-value enum) would become a one-member C# enum; as a string set by the model's constructor it is always sent",
            "when NSwag supports const",
            ConstValues.Apply),
        new("docs-overlay",
            "NSwag writes an XML doc summary only from a description, and the vendor describes few of its schemas; the rest come from DocsOverlay.json, so IntelliSense explains every model member",
            "never: the overlay shrinks as the vendor describes its fields, and an entry the vendor now covers is ignored",
            DocsOverlay.Apply),
        new("server-defaults",
            "NSwag initializes properties with the spec's defaults and so sends them: an update of one field would reset others (call recording off, language back to en-US); the default moves into the description",
            "never: a default is the server's business",
            ServerDefaults.Apply),
        new("extensible-enums",
            "NSwag's C# enums throw on a value added by the vendor after the SDK was built; the enums become string-backed structs written by this tool",
            "never: the API keeps growing",
            ExtensibleEnums.Apply),
        new("free-form-objects-as-dictionaries",
            "NSwag types a property-less object (a Python dict) as object, read back as JObject; with additionalProperties: {} it is IDictionary<string, object>",
            "when NSwag maps additionalProperties: true to a dictionary",
            FreeFormObjects.Apply),
        new("unknown-fields-in-base",
            "NSwag's AdditionalProperties exists only on open objects and vanishes when the vendor closes one; MillisModel keeps unknown fields for every model",
            "never: unknown fields must survive whatever the spec says",
            UnknownFieldsInBase.Apply),
        new("timestamps-int64",
            "an integer Unix timestamp as a 32-bit int overflows in 2038",
            "when the vendor declares format: int64",
            TimestampsInt64.Apply),
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

    /// <summary>Normalizes a copy of <paramref name="spec"/>; <paramref name="propertyOrder"/> is the recorded field order (null: take the document's).</summary>
    public static JObject Normalize(JObject spec, JObject? propertyOrder = null) => Normalize(spec, propertyOrder, out _);

    public static JObject Normalize(JObject spec, JObject? propertyOrder, out JObject updatedOrder) => Normalize(spec, propertyOrder, out updatedOrder, skip: null);

    /// <summary>For tests of one rule: runs every rule but the one named <paramref name="skip"/>.</summary>
    internal static JObject Normalize(JObject spec, JObject? propertyOrder, out JObject updatedOrder, string? skip)
    {
        var doc = (JObject)spec.DeepClone();
        if (propertyOrder is not null)
        {
            doc[PropertyOrder.Key] = propertyOrder.DeepClone();
        }

        foreach (var rule in Rules.Where(r => r.Name != skip))
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

        updatedOrder = doc[PropertyOrder.Key] as JObject ?? new JObject();
        doc.Remove(PropertyOrder.Key);
        return doc;
    }
}
