using Millis.CallLogs;

namespace Millis.Tests.CallLogs;

/// <summary>Storing and reading back a <see cref="CallLogCursor"/>, and which wire values end a walk.</summary>
public class CallLogCursorTests
{
    [TestCase("1700000100.5")]
    [TestCase("-3")]
    [TestCase("1E+300")]
    [TestCase("1700000100.25")]
    [TestCase("0.1")]
    [TestCase("1.7976931348623157E+308")]
    public void ACursorStoredAsTextReadsBackEqual(string text)
    {
        var cursor = CallLogCursor.Parse(text);

        Assert.That(CallLogCursor.Parse(cursor.ToString()), Is.EqualTo(cursor));
        Assert.That(CallLogCursor.TryParse(cursor.ToString(), out var again), Is.True);
        Assert.That(again, Is.EqualTo(cursor));
    }

    [TestCase("0")]
    [TestCase("-0")]
    [TestCase("NaN")]
    [TestCase("Infinity")]
    [TestCase("-Infinity")]
    [TestCase("abc")]
    [TestCase("soon")]
    [TestCase("")]
    [TestCase(null)]
    public void TextThatIsNotAUsableCursor_DoesNotParse(string? text)
    {
        Assert.That(CallLogCursor.TryParse(text, out var cursor), Is.False);
        Assert.That(cursor, Is.Null);
    }

    [Test]
    public void ParsingTextThatIsNotACursor_SaysWhatToStoreInstead()
    {
        var ex = Assert.Throws<FormatException>(() => CallLogCursor.Parse("page-2"));

        Assert.That(ex!.Message, Is.EqualTo("\"page-2\" is not a call-log cursor; store and pass back the text of CallLogCursor.ToString()."));
    }

    [TestCase(null)]
    [TestCase(0.0)]
    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NegativeInfinity)]
    public void AWireCursorThatEndsTheWalk_IsNoCursor(double? wire) =>
        Assert.That(CallLogCursor.FromWire(wire), Is.Null);

    [Test]
    public void AWireCursor_KeepsItsValue() =>
        Assert.That(CallLogCursor.FromWire(1700000050.25)!.ToString(), Is.EqualTo("1700000050.25"));

    [Test]
    public void CursorsAreEqualExactlyWhenTheirValuesAre()
    {
        var a = CallLogCursor.Parse("10");
        var same = CallLogCursor.Parse("10.0");
        var other = CallLogCursor.Parse("11");

        Assert.That(a.Equals(same), Is.True);
        Assert.That(a.Equals((object)same), Is.True);
        Assert.That(a.GetHashCode(), Is.EqualTo(same.GetHashCode()));
        Assert.That(a.Equals(other), Is.False);
        Assert.That(a.Equals((object)"10"), Is.False);
        Assert.That(a.Equals((CallLogCursor?)null), Is.False);
    }
}
