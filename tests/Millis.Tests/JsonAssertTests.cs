namespace Millis.Tests;

/// <summary>The comparison the round-trip tests rely on can fail: it ignores only number formatting and property order.</summary>
public class JsonAssertTests
{
    [Test]
    public void TreatsIntegerAndEqualFloatAsEqual()
    {
        Assert.DoesNotThrow(() => JsonAssert.SemanticallyEqual("""{"a":0,"b":[123]}""", """{"b":[123.0],"a":0.0}"""));
    }

    [Test]
    public void DetectsADroppedProperty()
    {
        Assert.Throws<AssertionException>(() => JsonAssert.SemanticallyEqual("""{"a":1,"b":{"c":null}}""", """{"a":1,"b":{}}"""));
    }

    [Test]
    public void DetectsAnAddedProperty()
    {
        Assert.Throws<AssertionException>(() => JsonAssert.SemanticallyEqual("""{"a":1}""", """{"a":1,"b":false}"""));
    }

    [Test]
    public void DetectsADifferentNumber()
    {
        Assert.Throws<AssertionException>(() => JsonAssert.SemanticallyEqual("""{"a":0.1}""", """{"a":0.10000001}"""));
    }

    [Test]
    public void DetectsANumberWrittenAsString()
    {
        Assert.Throws<AssertionException>(() => JsonAssert.SemanticallyEqual("""{"a":123}""", """{"a":"123"}"""));
    }

    [Test]
    public void DetectsADateStringRewritten()
    {
        Assert.Throws<AssertionException>(() => JsonAssert.SemanticallyEqual("""{"a":"2024-05-01T10:00:00+02:00"}""", """{"a":"2024-05-01T08:00:00Z"}"""));
    }

    [Test]
    public void DetectsReorderedArray()
    {
        Assert.Throws<AssertionException>(() => JsonAssert.SemanticallyEqual("""[1,2]""", """[2,1]"""));
    }
}
