using Millis.CallLogs;

namespace Millis.Tests.CallLogs;

/// <summary>What <see cref="CallLogFilter.Validate"/> accepts and the messages it gives.</summary>
public class CallLogFilterTests
{
    private static readonly DateTimeOffset Noon = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [TestCase(0)]
    [TestCase(101)]
    public void ALimitOutsideThePageSizeRange_SaysTheRange(int limit)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CallLogFilter { Limit = limit }.Validate());

        Assert.That(ex!.ParamName, Is.EqualTo("Limit"));
        Assert.That(ex.ActualValue, Is.EqualTo(limit));
        Assert.That(ex.Message, Does.StartWith("CallLogFilter.Limit must be between 1 and 100 (the API's page size range)."));
    }

    [Test]
    public void FromEqualToTo_IsAccepted() =>
        Assert.DoesNotThrow(() => new CallLogFilter { From = Noon, To = Noon }.Validate());

    [Test]
    public void FromAfterTo_SaysBothTimes()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new CallLogFilter { From = Noon.AddSeconds(1), To = Noon }.Validate());

        Assert.That(ex!.ParamName, Is.EqualTo("From"));
        Assert.That(ex.Message, Does.StartWith("CallLogFilter.From (2025-01-01T12:00:01.0000000+00:00) is after To (2025-01-01T12:00:00.0000000+00:00)."));
    }

    [Test]
    public void OnlyOneEndOfTheRange_IsAccepted()
    {
        Assert.DoesNotThrow(() => new CallLogFilter { From = Noon }.Validate());
        Assert.DoesNotThrow(() => new CallLogFilter { To = Noon }.Validate());
    }
}
