using static Millis.Build.Tests.SpecDiff.DiffSpec;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>One test per path/operation/body/response rule, each run old → new and back.</summary>
public class OperationRuleTests
{
    private static JObject Paths(params (string Path, string Method)[] operations)
    {
        var paths = new JObject();
        foreach (var (path, method) in operations)
        {
            var item = paths[path] as JObject ?? new JObject();
            item[method] = Operation(Str);
            paths[path] = item;
        }

        return Doc(paths);
    }

    [Test]
    public void NewPathIsAdditiveAndRemovingItBreaking()
    {
        AssertBothWays(
            Paths(("/things", "get")),
            Paths(("/things", "get"), ("/phones/{phone}", "get"), ("/phones/{phone}", "delete")),
            "additive/additive new-path /phones/{phone}: new path (GET, DELETE)",
            "breaking/breaking removed-path /phones/{phone}: path removed (GET, DELETE)");
    }

    [Test]
    public void NewOperationIsAdditiveAndRemovingItBreaking()
    {
        AssertBothWays(
            Paths(("/things", "get")),
            Paths(("/things", "get"), ("/things", "delete")),
            "additive/additive new-operation DELETE /things: new operation",
            "breaking/breaking removed-operation DELETE /things: operation removed");
    }

    [Test]
    public void NewResponseIsAdditiveAndRemovingItBreaking()
    {
        var without = Paths(("/things", "get"));
        var with = Paths(("/things", "get"));
        with["paths"]!["/things"]!["get"]!["responses"]!["404"] = new JObject { ["description"] = "Not found" };
        AssertBothWays(without, with, "additive/none new-response GET /things 404: new response", "breaking/none removed-response GET /things 404: response removed");
    }

    [Test]
    public void NewMediaTypeIsAdditiveAndRemovingItBreaking()
    {
        var without = Paths(("/things", "get"));
        var with = Paths(("/things", "get"));
        with["paths"]!["/things"]!["get"]!["responses"]!["200"]!["content"]!["text/event-stream"] = new JObject { ["schema"] = Str };
        AssertBothWays(
            without,
            with,
            "additive/none new-media-type GET /things 200: new media type text/event-stream",
            "breaking/breaking removed-media-type GET /things 200 text/event-stream: media type text/event-stream removed");
    }

    [Test]
    public void NewRequiredRequestBodyIsBreakingAndRemovingItToo()
    {
        var body = Object(new JObject { ["name"] = Str });
        AssertBothWays(
            Doc(new JObject { ["/things"] = new JObject { ["post"] = Operation(Str) } }),
            Doc(new JObject { ["/things"] = new JObject { ["post"] = WithBody(Operation(Str), body) } }),
            "breaking/breaking new-required-request-body POST /things request: new required request body",
            "breaking/breaking removed-request-body POST /things request: request body removed");
    }

    [Test]
    public void NewOptionalRequestBodyIsAdditive()
    {
        var body = Object(new JObject { ["name"] = Str });
        Assert.That(
            Diff(Doc(new JObject { ["/things"] = new JObject { ["post"] = Operation(Str) } }), Doc(new JObject { ["/things"] = new JObject { ["post"] = WithBody(Operation(Str), body, required: false) } })),
            Is.EqualTo(new[] { "additive/additive new-optional-request-body POST /things request: new optional request body" }));
    }

    [Test]
    public void RequestBodyMadeRequiredIsBreakingAndMadeOptionalAdditive()
    {
        var body = Object(new JObject { ["name"] = Str });
        AssertBothWays(
            Doc(new JObject { ["/things"] = new JObject { ["post"] = WithBody(Operation(Str), body, required: false) } }),
            Doc(new JObject { ["/things"] = new JObject { ["post"] = WithBody(Operation(Str), body) } }),
            "breaking/breaking request-body-made-required POST /things request: request body is now required",
            "additive/additive request-body-made-optional POST /things request: request body is now optional");
    }

    [Test]
    public void ResponseSchemaTypeChangeIsBreakingBothWays()
    {
        AssertBothWays(
            Returning(Str),
            Returning(Array(Str)),
            "breaking/breaking type-changed GET /things 200: type changed from string to array of string",
            "breaking/breaking type-changed GET /things 200: type changed from array of string to string");
    }

    [Test]
    public void NewSuccessResponseChangesTheGeneratedReturnTypeAndAnErrorResponseDoesNot()
    {
        var with = (string status) =>
        {
            var doc = Returning(Str);
            doc["paths"]!["/things"]!["get"]!["responses"]![status] = new JObject { ["description"] = "More" };
            return doc;
        };

        Assert.Multiple(() =>
        {
            Assert.That(Diff(Returning(Str), with("201")), Is.EqualTo(new[] { "additive/breaking new-response GET /things 201: new response" }));
            Assert.That(Diff(Returning(Str), with("409")), Is.EqualTo(new[] { "additive/none new-response GET /things 409: new response" }));
        });
    }
}
