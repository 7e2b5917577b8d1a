using FsCheck;
using FsCheck.Fluent;
using Millis.Models;
using Millis.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Serialization;

/// <summary>
/// Any JSON a response model can hold, with unknown fields, unknown enum values and one field replaced by a value of
/// the wrong type, reads without throwing and writes back equal (issue 11, property tests).
/// </summary>
public class ResponseRoundTripPropertyTests
{
    private static readonly (Type Model, string Json)[] Seeds =
    [
        (typeof(Phone), RepoFiles.TestData("seed-000-phone.json")),
        (typeof(AgentConfig), RepoFiles.TestData("agent-config-seed000.json")),
        (typeof(Agent), "{\"id\":\"a1\",\"name\":\"n\",\"config\":" + RepoFiles.TestData("agent-config-seed000.json") + ",\"created_at\":1700000000}"),
        (typeof(CallLogPage), """{"histories":[{"session_id":"s1","ts":1700000000.25,"call_status":"completed","duration":12.5,"chat":"[]","metadata":{"k":"v"}},{"session_id":"s2"}],"next_cursor":1699999999.5}"""),
        (typeof(UserInfo), """{"credit":12.5,"auto_refill":{"enabled":true,"threshold":5,"amount":20}}"""),
    ];

    private static readonly JToken[] OddValues =
    [
        new JValue("yesterday"), new JValue("2024-05-29T10:00:00Z"), new JValue(false), new JValue(true), new JValue(7),
        new JValue(1717000000.5), JToken.Parse("0.1000000000000000055511151231257827"), JValue.CreateNull(),
        new JArray(1, "x"), new JObject { ["unexpected"] = 1 }, new JValue(""), new JValue("brand-new-enum-value"),
        JToken.Parse("123456789012345678901234567890"),
    ];

    /// <summary>A seed with random unknown fields added and one random value somewhere replaced by an odd one.</summary>
    private static Gen<(Type Model, string Json)> Mutants() =>
        from seed in Gen.Elements(Seeds)
        from pick in Gen.Choose(0, 10_000)
        from odd in Gen.Elements(OddValues)
        from extra in Gen.Elements("x_future", "newField", "$type", "weird key")
        select (seed.Model, Mutate(seed.Json, pick, odd, extra));

    private static string Mutate(string json, int pick, JToken odd, string extra)
    {
        var root = (JContainer)JsonAssert.Parse(json);
        var values = root.Descendants().OfType<JProperty>().ToList();
        var target = values[pick % values.Count];
        target.Value = odd.DeepClone();
        foreach (var obj in root.DescendantsAndSelf().OfType<JObject>().Where((_, i) => i % 3 == pick % 3).ToList())
        {
            obj[extra] = new JObject { ["n"] = pick, ["s"] = "v" };
        }

        return root.ToString(Newtonsoft.Json.Formatting.None);
    }

    [FsCheck.NUnit.Property(MaxTest = 400)]
    public Property AnOddValueAnywhere_ReadsWithoutThrowing_AndWritesBackEqual() =>
        Prop.ForAll(Mutants().ToArbitrary(), m =>
        {
            var read = typeof(SdkJson).GetMethod(nameof(SdkJson.Read), [typeof(string)])!.MakeGenericMethod(m.Model);
            var model = read.Invoke(null, [m.Json]);
            JsonAssert.SemanticallyEqual(m.Json, SdkJson.Write(model));
        });

    [Test]
    public void ALongDecimal_ADateLikeString_AndAMistypedValue_AreWrittenBackAsReceived()
    {
        const string json = """{"prompt":"p","voice":{"provider":"openai","voice_id":"alloy"},"vad_threshold":0.1000000000000000055511151231257827,"timezone":"2024-05-29T10:00:00+02:00","first_message":false}""";

        var config = SdkJson.Read<AgentConfig>(json);

        var written = SdkJson.Write(config);

        JsonAssert.SemanticallyEqual(json, written);
        Assert.That(written, Does.Contain("\"vad_threshold\":0.1000000000000000055511151231257827"));
        Assert.That(written, Does.Contain("\"timezone\":\"2024-05-29T10:00:00+02:00\""));
        Assert.That(written, Does.Contain("\"first_message\":false"));
    }
}
