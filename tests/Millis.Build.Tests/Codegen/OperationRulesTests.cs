using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>Rules on operations: auth-header-to-security-scheme, untyped-parameters, operation-names.</summary>
public class OperationRulesTests
{
    private static JObject SpecWithParameters(params JObject[] parameters)
    {
        var spec = MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string"))));
        MiniSpec.GetThings(spec)["parameters"] = new JArray(parameters);
        return spec;
    }

    private static JObject LimitParameter() => new() { ["name"] = "limit", ["in"] = "query", ["required"] = false, ["schema"] = MiniSpec.Type("integer") };

    [Test]
    public void RemovesAuthorizationHeaderParameterAndKeepsTheOthers()
    {
        var spec = SpecWithParameters(MiniSpec.AuthorizationHeader(), LimitParameter());

        var normalized = MiniSpec.Normalize(spec);

        var names = ((JArray)MiniSpec.GetThings(normalized)["parameters"]!).Select(p => (string?)p["name"]);
        Assert.That(names, Is.EqualTo(new[] { "limit" }));
    }

    [Test]
    public void RemovesParametersListLeftEmptyByTheAuthorizationHeader()
    {
        var spec = SpecWithParameters(MiniSpec.AuthorizationHeader());

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(MiniSpec.GetThings(normalized)["parameters"], Is.Null);
    }

    [Test]
    public void AddsApiKeySecuritySchemeForTheAuthorizationHeader()
    {
        var spec = SpecWithParameters(MiniSpec.AuthorizationHeader());

        var normalized = MiniSpec.Normalize(spec);

        var scheme = normalized["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.That((string?)scheme["type"], Is.EqualTo("apiKey"));
        Assert.That((string?)scheme["in"], Is.EqualTo("header"));
        Assert.That((string?)scheme["name"], Is.EqualTo("authorization"));
        Assert.That(JToken.DeepEquals(normalized["security"], new JArray(new JObject { ["ApiKey"] = new JArray() })), Is.True);
    }

    [Test]
    public void AddsNoSecuritySchemeWhenNoOperationHasTheAuthorizationHeader()
    {
        var spec = SpecWithParameters(LimitParameter());

        var normalized = MiniSpec.Normalize(spec);

        Assert.That(normalized["components"]!["securitySchemes"], Is.Null);
        Assert.That(normalized["security"], Is.Null);
    }

    [Test]
    public void TypesUntypedPathParameterAsString()
    {
        var spec = SpecWithParameters(new JObject { ["name"] = "phone", ["in"] = "path", ["required"] = true, ["schema"] = new JObject { ["title"] = "Phone" } });

        var normalized = MiniSpec.Normalize(spec);

        var schema = MiniSpec.GetThings(normalized)["parameters"]![0]!["schema"]!;
        Assert.That(JToken.DeepEquals(schema, new JObject { ["title"] = "Phone", ["type"] = "string" }), Is.True, schema.ToString());
    }

    [Test]
    public void LeavesTypedParameterUnchanged()
    {
        var spec = SpecWithParameters(LimitParameter());

        var normalized = MiniSpec.Normalize(spec);

        Assert.That((string?)MiniSpec.GetThings(normalized)["parameters"]![0]!["schema"]!["type"], Is.EqualTo("integer"));
    }

    [Test]
    public void RenamesOperationIdToTagUnderscoreSummaryInPascalCase()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string"))));
        MiniSpec.AddOperation(spec, "/webrtc", "post", "Call Management", "Create a WebRTC offer", "create_webrtc_offer_webrtc_post");

        var normalized = MiniSpec.Normalize(spec);

        Assert.That((string?)MiniSpec.GetThings(normalized)["operationId"], Is.EqualTo("Things_GetThings"));
        Assert.That((string?)normalized["paths"]!["/webrtc"]!["post"]!["operationId"], Is.EqualTo("CallManagement_CreateAWebRTCOffer"));
    }

    [Test]
    public void FailsOnTwoOperationsWithTheSameTagAndSummary()
    {
        var spec = MiniSpec.With(MiniSpec.Object(("x", MiniSpec.Type("string"))));
        MiniSpec.AddOperation(spec, "/other-things", "get", "Things", "Get Things", "get_things_other_things_get");

        var ex = Assert.Throws<NormalizationException>(() => MiniSpec.Normalize(spec));

        Assert.That(ex!.Message, Does.Contain("get_things_things_get").And.Contain("get_things_other_things_get").And.Contain("Things_GetThings"));
    }

    [Test]
    public void PascalKeepsInnerCapitalsAndDropsPunctuation()
    {
        Assert.That(Millis.Codegen.Rules.OperationNames.Pascal("get call-logs (by id)"), Is.EqualTo("GetCallLogsById"));
    }
}
