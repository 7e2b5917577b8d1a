using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>default: added, removed or changed on properties and parameters; wire breaking, C# none.</summary>
public class DefaultRuleTests
{
    /// <summary>FastAPI writes a default beside the anyOf-null wrapper of an optional field.</summary>
    private static JObject Language(JToken? value)
    {
        var schema = Nullable(Str);
        if (value is not null)
        {
            schema["default"] = value;
        }

        return Object(new JObject { ["language"] = schema });
    }

    [Test]
    public void DefaultAddedToARequestPropertyIsWireBreakingAndRemovingItToo()
    {
        AssertBothWays(
            Taking(Language(null)),
            Taking(Language("en-US")),
            "breaking/none default-added POST /things request → language: new default \"en-US\"",
            "breaking/none default-removed POST /things request → language: default \"en-US\" removed");
    }

    [Test]
    public void DefaultChangedIsWireBreakingBothWays()
    {
        AssertBothWays(
            Taking(Language("en")),
            Taking(Language("en-US")),
            "breaking/none default-changed POST /things request → language: default changed from \"en\" to \"en-US\"",
            "breaking/none default-changed POST /things request → language: default changed from \"en-US\" to \"en\"");
    }

    [Test]
    public void DefaultOnAResponseFieldIsComparedToo()
    {
        Assert.That(Diff(Returning(Language(null)), Returning(Language(JValue.CreateNull()))), Is.EqualTo(new[]
        {
            "breaking/none default-added GET /things 200 → language: new default null",
        }));
    }

    [Test]
    public void DefaultOfAParameterIsWireBreakingBothWays()
    {
        var limit = (int? value) =>
        {
            var schema = Nullable(Int);
            if (value is not null)
            {
                schema["default"] = value;
            }

            return WithParameters(Parameter("limit", "query", required: false, schema));
        };

        AssertBothWays(
            limit(10),
            limit(20),
            "breaking/none default-changed GET /things parameter limit: default changed from 10 to 20",
            "breaking/none default-changed GET /things parameter limit: default changed from 20 to 10");
    }

    [Test]
    public void DefaultOfAComponentIsReportedOnceInComponentsNotAtEachUse()
    {
        var doc = (JObject region) => Returning(Object(new JObject { ["a"] = Nullable(Ref("Region")), ["b"] = Ref("Region") }), ("Region", region));
        var withDefault = Str;
        withDefault["default"] = "us";

        Assert.That(Diff(doc(Str), doc(withDefault)), Is.EqualTo(new[] { "breaking/none default-added components Region: new default \"us\"" }));
    }
}
