using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.Agents;

/// <summary>ResponseDelay: an integer (milliseconds) or a ResponseDelayConfig object.</summary>
public class ResponseDelayTests
{
    [Test]
    public void ReadsIntegerIntoMillisecondsBranch()
    {
        var delay = JsonConvert.DeserializeObject<ResponseDelay>("123")!;

        Assert.That(delay.IsMilliseconds, Is.True);
        Assert.That(delay.IsConfig, Is.False);
        Assert.That(delay.Milliseconds, Is.EqualTo(123));
    }

    [Test]
    public void ReadsObjectIntoConfigBranch()
    {
        var delay = JsonConvert.DeserializeObject<ResponseDelay>("""{"generic_delay":100,"number_input_delay":2500}""")!;

        Assert.That(delay.IsConfig, Is.True);
        Assert.That(delay.IsMilliseconds, Is.False);
        Assert.That(delay.Config!.GenericDelay, Is.EqualTo(100));
        Assert.That(delay.Config.NumberInputDelay, Is.EqualTo(2500));
    }

    [Test]
    public void WritesIntegerFormBackAsInteger()
    {
        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ResponseDelay>("123")), Is.EqualTo("123"));
    }

    [Test]
    public void WritesObjectFormBackAsObject()
    {
        const string json = """{"generic_delay":100,"number_input_delay":2500}""";

        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ResponseDelay>(json)));
    }

    [Test]
    public void WritesEmptyObjectFormBackAsEmptyObject()
    {
        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ResponseDelay>("{}")), Is.EqualTo("{}"));
    }

    [Test]
    public void KeepsUnknownExtraPropertiesOfObjectForm()
    {
        const string json = """{"generic_delay":100,"typing_delay":{"min":10,"max":90},"mode":"adaptive"}""";

        var delay = JsonConvert.DeserializeObject<ResponseDelay>(json)!;

        Assert.That(delay.IsConfig, Is.True);
        JsonAssert.SemanticallyEqual(json, JsonConvert.SerializeObject(delay));
    }

    [Test]
    public void ConvertsImplicitlyFromInt()
    {
        ResponseDelay delay = 250;

        Assert.That(delay.Milliseconds, Is.EqualTo(250));
        Assert.That(JsonConvert.SerializeObject(delay), Is.EqualTo("250"));
    }

    [Test]
    public void ConvertsImplicitlyFromConfig()
    {
        ResponseDelay delay = new ResponseDelayConfig { GenericDelay = 5 };

        Assert.That(delay.Config!.GenericDelay, Is.EqualTo(5));
        Assert.That(JsonConvert.SerializeObject(delay), Is.EqualTo("""{"generic_delay":5}"""));
    }

    [Test]
    public void PerInputWritesObjectForm()
    {
        JsonAssert.SemanticallyEqual("""{"generic_delay":100,"number_input_delay":900}""", JsonConvert.SerializeObject(ResponseDelay.PerInput(100, 900)));
    }

    [Test]
    public void ZeroMillisecondsIsStillTheMillisecondsForm()
    {
        ResponseDelay delay = 0;

        Assert.That(delay.IsMilliseconds, Is.True);
        Assert.That(JsonConvert.SerializeObject(delay), Is.EqualTo("0"));
    }

    [Test]
    public void TryPickReturnsOnlyTheFormHeld()
    {
        ResponseDelay delay = 42;

        Assert.That(delay.TryPickMilliseconds(out var ms), Is.True);
        Assert.That(ms, Is.EqualTo(42));
        Assert.That(delay.TryPickConfig(out var config), Is.False);
        Assert.That(config, Is.Null);
    }

    [Test]
    public void TryPickConfigReturnsTheConfig()
    {
        var config = new ResponseDelayConfig { NumberInputDelay = 7 };
        ResponseDelay delay = config;

        Assert.That(delay.TryPickMilliseconds(out _), Is.False);
        Assert.That(delay.TryPickConfig(out var picked), Is.True);
        Assert.That(picked, Is.SameAs(config));
    }

    [Test]
    public void MatchCallsTheHandlerOfTheFormHeld()
    {
        ResponseDelay ms = 42;
        ResponseDelay config = ResponseDelay.PerInput(genericDelayMs: 9);

        Assert.That(ms.Match(m => m, c => -c.GenericDelay!.Value), Is.EqualTo(42));
        Assert.That(config.Match(m => m, c => -c.GenericDelay!.Value), Is.EqualTo(-9));
    }

    [Test]
    public void SwitchRunsTheActionOfTheFormHeld()
    {
        ResponseDelay delay = 1;
        var ran = "";

        delay.Switch(_ => ran = "ms", _ => ran = "config", _ => ran = "unknown");

        Assert.That(ran, Is.EqualTo("ms"));
    }

    [TestCase("\"fast\"")]
    [TestCase("1.5")]
    [TestCase("true")]
    [TestCase("[100,200]")]
    [TestCase("9999999999")]
    [TestCase("""{"generic_delay":"soon"}""")]
    public void ReadsUnknownShapeWithoutThrowing(string json)
    {
        var delay = JsonConvert.DeserializeObject<ResponseDelay>(json)!;

        Assert.That(delay.IsUnknown, Is.True);
        Assert.That(delay.IsMilliseconds || delay.IsConfig, Is.False);
        Assert.That(delay.UnknownJson, Is.EqualTo(json));
    }

    [TestCase("\"fast\"")]
    [TestCase("[100,200]")]
    [TestCase("""{"generic_delay":"soon","x":[1,{"y":null}]}""")]
    public void WritesUnknownShapeBackUnchanged(string json)
    {
        Assert.That(JsonConvert.SerializeObject(JsonConvert.DeserializeObject<ResponseDelay>(json)), Is.EqualTo(json));
    }

    [Test]
    public void UnknownReasonNamesTheFieldAndTheAcceptedForms()
    {
        var flow = JsonConvert.DeserializeObject<Flow>("""{"response_delay":"fast"}""")!;

        var reason = flow.ResponseDelay!.UnknownReason;

        Assert.That(reason, Does.Contain("response_delay"));
        Assert.That(reason, Does.Contain("integer").And.Contain("generic_delay"));
        Assert.That(reason, Does.Contain("\"fast\""));
    }

    [Test]
    public void MatchWithoutUnknownHandlerThrowsWithTheReason()
    {
        var delay = JsonConvert.DeserializeObject<ResponseDelay>("\"fast\"")!;

        var ex = Assert.Throws<InvalidOperationException>(() => delay.Match(m => m, c => 0));

        Assert.That(ex!.Message, Does.Contain(delay.UnknownReason));
    }

    [Test]
    public void NullConfigThrows()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new ResponseDelay((ResponseDelayConfig)null!));
    }

    [FsCheck.NUnit.Property]
    public void EveryIntegerRoundTripsAsInteger(int milliseconds)
    {
        var json = JsonConvert.SerializeObject(new ResponseDelay(milliseconds));
        var back = JsonConvert.DeserializeObject<ResponseDelay>(json)!;

        Assert.That(json, Is.EqualTo(milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(back.Milliseconds, Is.EqualTo(milliseconds));
    }

    [FsCheck.NUnit.Property]
    public void EveryConfigRoundTripsAsObject(int? generic, int? numberInput)
    {
        var json = JsonConvert.SerializeObject(ResponseDelay.PerInput(generic, numberInput));
        var back = JsonConvert.DeserializeObject<ResponseDelay>(json)!;

        Assert.That(json, Does.StartWith("{"));
        Assert.That(back.IsConfig, Is.True);
        Assert.That(back.Config!.GenericDelay, Is.EqualTo(generic));
        Assert.That(back.Config.NumberInputDelay, Is.EqualTo(numberInput));
        Assert.That(JsonConvert.SerializeObject(back), Is.EqualTo(json));
    }
}
