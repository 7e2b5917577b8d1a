using FsCheck;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.Errors;

/// <summary>ValidationLocationSegment: one step of FastAPI's loc[], a field name (string) or an array index (integer).</summary>
public class ValidationLocationSegmentTests
{
    [Test]
    public void ReadsStringIntoNameBranch()
    {
        var segment = JsonConvert.DeserializeObject<ValidationLocationSegment>("\"body\"")!;

        Assert.That(segment.IsName, Is.True);
        Assert.That(segment.IsIndex, Is.False);
        Assert.That(segment.Name, Is.EqualTo("body"));
        Assert.That(segment.Index, Is.Null);
    }

    [Test]
    public void ReadsIntegerIntoIndexBranch()
    {
        var segment = JsonConvert.DeserializeObject<ValidationLocationSegment>("3")!;

        Assert.That(segment.IsIndex, Is.True);
        Assert.That(segment.IsName, Is.False);
        Assert.That(segment.Index, Is.EqualTo(3));
    }

    [Test]
    public void ReadsDigitStringAsNameNotIndex()
    {
        var segment = JsonConvert.DeserializeObject<ValidationLocationSegment>("\"3\"")!;

        Assert.That(segment.Name, Is.EqualTo("3"));
        Assert.That(JsonConvert.SerializeObject(segment), Is.EqualTo("\"3\""));
    }

    [Test]
    public void ReadsMixedLocOfAValidationError()
    {
        var error = JsonConvert.DeserializeObject<ValidationError>("""{"loc":["body","tools",0,"name"],"msg":"Field required","type":"missing"}""")!;

        Assert.That(error.Loc.Select(s => s.ToString()), Is.EqualTo(new[] { "body", "tools", "0", "name" }));
        Assert.That(error.Loc.Select(s => s.IsIndex), Is.EqualTo(new[] { false, false, true, false }));
    }

    [Test]
    public void WritesEachFormBackAsRead()
    {
        const string json = """{"loc":["body","tools",0,"name"],"msg":"Field required","type":"missing"}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ValidationError>(json)), Is.EqualTo(json));
    }

    [Test]
    public void ConvertsImplicitlyFromStringAndInt()
    {
        ValidationLocationSegment name = "query";
        ValidationLocationSegment index = 7;

        Assert.That(JsonConvert.SerializeObject(new[] { name, index }), Is.EqualTo("""["query",7]"""));
    }

    [Test]
    public void MatchCallsTheHandlerOfTheFormHeld()
    {
        ValidationLocationSegment name = "query";
        ValidationLocationSegment index = 7;

        Assert.That(name.Match(n => "name " + n, i => "index " + i), Is.EqualTo("name query"));
        Assert.That(index.Match(n => "name " + n, i => "index " + i), Is.EqualTo("index 7"));
    }

    [TestCase("true")]
    [TestCase("1.5")]
    [TestCase("""{"field":"x"}""")]
    [TestCase("[0]")]
    [TestCase("3000000000")]
    public void ReadsUnknownShapeWithoutThrowing(string json)
    {
        var segment = JsonConvert.DeserializeObject<ValidationLocationSegment>(json)!;

        Assert.That(segment.IsUnknown, Is.True);
        Assert.That(segment.IsName || segment.IsIndex, Is.False);
        Assert.That(segment.UnknownJson, Is.EqualTo(json));
    }

    [Test]
    public void WritesUnknownShapeBackUnchanged()
    {
        const string json = """{"loc":["body",{"field":"x","at":[1,2]},true],"msg":"m","type":"t"}""";

        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ValidationError>(json)), Is.EqualTo(json));
    }

    [Test]
    public void UnknownReasonNamesTheJsonPathAndTheAcceptedForms()
    {
        var error = JsonConvert.DeserializeObject<ValidationError>("""{"loc":["body",true],"msg":"m","type":"t"}""")!;

        var reason = error.Loc[1].UnknownReason;

        Assert.That(reason, Does.Contain("loc[1]"));
        Assert.That(reason, Does.Contain("field name").And.Contain("array index"));
        Assert.That(reason, Does.Contain("true"));
    }

    [Test]
    public void MatchWithoutUnknownHandlerThrowsWithTheReason()
    {
        var segment = JsonConvert.DeserializeObject<ValidationLocationSegment>("true")!;

        var ex = Assert.Throws<InvalidOperationException>(() => segment.Match(n => n, i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(ex!.Message, Does.Contain(segment.UnknownReason));
    }

    [Test]
    public void MatchWithUnknownHandlerPassesTheRawJson()
    {
        var segment = JsonConvert.DeserializeObject<ValidationLocationSegment>("""{"a":1}""")!;

        Assert.That(segment.Match(n => n, i => "i", raw => raw), Is.EqualTo("""{"a":1}"""));
    }

    [Test]
    public void NullNameThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new ValidationLocationSegment(null!));
    }

    [FsCheck.NUnit.Property]
    public void EveryNameRoundTripsAsString(NonNull<string> name)
    {
        var json = JsonConvert.SerializeObject(new ValidationLocationSegment(name.Get));
        var back = JsonConvert.DeserializeObject<ValidationLocationSegment>(json)!;

        Assert.That(json, Is.EqualTo(JsonConvert.SerializeObject(name.Get)));
        Assert.That(back.Name, Is.EqualTo(name.Get));
    }

    [FsCheck.NUnit.Property]
    public void EveryIndexRoundTripsAsInteger(int index)
    {
        var json = JsonConvert.SerializeObject(new ValidationLocationSegment(index));
        var back = JsonConvert.DeserializeObject<ValidationLocationSegment>(json)!;

        Assert.That(json, Is.EqualTo(index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(back.Index, Is.EqualTo(index));
    }
}
