namespace Millis.Tests.Common;

/// <summary>The one E.164 check guarding outbound calls and the builders' transfer numbers.</summary>
public class PhoneNumbersTests
{
    [TestCase("+15551234567")]
    [TestCase("+442071838750")]
    [TestCase("+12")]
    [TestCase("+123456789012345")]
    public void AcceptsE164(string number) => Assert.That(PhoneNumbers.IsE164(number), Is.True);

    [TestCase("+15551234567\n", TestName = "RefusesATrailingNewline")]
    [TestCase("+١٥٥٥١٢٣٤٥٦٧", TestName = "RefusesArabicIndicDigits")]
    [TestCase("+1555١٢٣٤", TestName = "RefusesMixedDigits")]
    [TestCase("15551234567", TestName = "RefusesAMissingPlus")]
    [TestCase("+05551234567", TestName = "RefusesALeadingZeroCountryCode")]
    [TestCase("+1 555 123 4567", TestName = "RefusesSpaces")]
    [TestCase("+1234567890123456", TestName = "RefusesMoreThanFifteenDigits")]
    [TestCase("+1", TestName = "RefusesASingleDigit")]
    [TestCase("", TestName = "RefusesEmpty")]
    public void RefusesWhatIsNotE164(string number) => Assert.That(PhoneNumbers.IsE164(number), Is.False);

    [Test]
    public void RefusesNull() => Assert.That(PhoneNumbers.IsE164(null), Is.False);

    [Test]
    public void TheOutboundCallGuardNamesTheFieldAndTheForm()
    {
        var ex = Assert.Throws<ArgumentException>(() => PhoneNumbers.RequireE164("+15551234567\n", "request.ToPhone"));

        Assert.That(ex!.Message, Does.Contain("request.ToPhone").And.Contain("+15551234567"));
        Assert.That(ex.ParamName, Is.EqualTo("request.ToPhone"));
    }

    [Test]
    public void TheBuilderAndTheOutboundGuardAgree()
    {
        var ex = Assert.Throws<Millis.Agents.AgentConfigValidationException>(() => new Millis.Agents.PartialAgentConfigBuilder().Flow(f => f.TransferTo("+15551234567\n")).Build());

        Assert.That(ex!.Problems.Select(p => p.Path).Single(), Does.StartWith("flow.call_transfer."));
    }
}
