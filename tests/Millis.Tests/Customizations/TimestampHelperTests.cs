using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Customizations;

/// <summary>The DateTimeOffset helpers added to generated models in facade/Generated.</summary>
public class TimestampHelperTests
{
    private static readonly DateTimeOffset Sample = new(2023, 11, 14, 22, 13, 20, TimeSpan.Zero); // 1700000000

    [Test]
    public void CallLogTimestampReadsTsAsUnixSecondsWithTheFraction()
    {
        var log = JsonConvert.DeserializeObject<CallLog>("{\"session_id\":\"s\",\"ts\":1700000000.125}")!;

        Assert.That(log.Timestamp, Is.EqualTo(Sample.AddMilliseconds(125)));
        Assert.That(log.Timestamp!.Value.Offset, Is.EqualTo(TimeSpan.Zero));
        Assert.That(new CallLog().Timestamp, Is.Null);
    }

    [Test]
    public void IntegerCreationTimesBecomeDateTimeOffsets()
    {
        Assert.That(new Agent { CreatedAt = 1_700_000_000 }.Created, Is.EqualTo(Sample));
        Assert.That(new Campaign { CreatedAt = 1_700_000_000 }.Created, Is.EqualTo(Sample));
        Assert.That(new CampaignInfo { CreatedAt = 1_700_000_000 }.Created, Is.EqualTo(Sample));
    }

    [Test]
    public void FractionalCreationTimesBecomeDateTimeOffsets()
    {
        Assert.That(new Phone { CreateAt = 1_700_000_000.5 }.Created, Is.EqualTo(Sample.AddMilliseconds(500)));
        Assert.That(new KnowledgeFile { CreateAt = 1_700_000_000 }.Created, Is.EqualTo(Sample));
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(1e20)]
    [TestCase(-1e20)]
    public void SecondsThatAreNoRepresentableTimeGiveNull(double seconds)
    {
        Assert.That(new Phone { CreateAt = seconds }.Created, Is.Null);
        Assert.That(new KnowledgeFile { CreateAt = seconds }.Created, Is.Null);
        Assert.That(new CallLog { Ts = seconds }.Timestamp, Is.Null);
    }

    [TestCase(typeof(CallLog))]
    [TestCase(typeof(Agent))]
    [TestCase(typeof(Campaign))]
    [TestCase(typeof(CampaignInfo))]
    [TestCase(typeof(Phone))]
    [TestCase(typeof(KnowledgeFile))]
    public void TheHelpersAreNotSerialized(Type model)
    {
        var contract = (Newtonsoft.Json.Serialization.JsonObjectContract)JsonSerializer.CreateDefault().ContractResolver.ResolveContract(model);
        var written = contract.Properties.Where(p => !p.Ignored).Select(p => p.UnderlyingName);

        Assert.That(written, Has.None.AnyOf("Timestamp", "Created"));
        Assert.That(written, Has.Some.AnyOf("Ts", "CreatedAt", "CreateAt"), "sanity: the source property is written");
    }

    [Test]
    public void ACallLogRoundTripsWithoutTheHelper()
    {
        var json = JObject.Parse(JsonConvert.SerializeObject(new CallLog { SessionId = "s", Ts = 1_700_000_000.125 }));

        Assert.That(JToken.DeepEquals(json, JObject.Parse("{\"session_id\":\"s\",\"ts\":1700000000.125}")), Is.True, json.ToString());
    }

    [Test]
    public void EveryCustomFileOfAGeneratedTypeStartsWithCustomBullets()
    {
        var files = Directory.GetFiles(RepoFiles.PathOf("facade/Customizations"), "*.cs");

        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            Assert.That(lines[0], Is.EqualTo("// CUSTOM:"), file);
            Assert.That(lines[1], Does.StartWith("// - "), file);
        }
    }
}
