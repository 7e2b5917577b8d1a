namespace Millis.Tests.Common;

/// <summary>Each check of <see cref="Guard"/> and the message it gives before anything is sent.</summary>
public class GuardTests
{
    [Test]
    public void NotBlank_ReturnsAValue() => Assert.That(Guard.NotBlank("x", "name", "name"), Is.EqualTo("x"));

    [Test]
    public void NotBlank_RejectsNullNamingTheParameterAndWhatToPass()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Guard.NotBlank(null, "callerPhone", "caller"));

        Assert.That(ex!.ParamName, Is.EqualTo("callerPhone"));
        Assert.That(ex.Message, Does.StartWith("callerPhone is required: pass the caller."));
    }

    [TestCase("")]
    [TestCase("   ")]
    public void NotBlank_RejectsEmptyOrWhitespaceNamingTheParameterAndWhatToPass(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => Guard.NotBlank(value, "fileName", "filename"));

        Assert.That(ex!.GetType(), Is.EqualTo(typeof(ArgumentException)));
        Assert.That(ex.ParamName, Is.EqualTo("fileName"));
        Assert.That(ex.Message, Does.StartWith("fileName must not be empty or whitespace: pass the filename."));
    }

    [Test]
    public void NotNull_ReturnsTheValueAndRejectsNull()
    {
        var value = new object();
        Assert.That(Guard.NotNull(value, "config"), Is.SameAs(value));

        var ex = Assert.Throws<ArgumentNullException>(() => Guard.NotNull<object>(null, "config"));
        Assert.That(ex!.ParamName, Is.EqualTo("config"));
        Assert.That(ex.Message, Does.StartWith("config is required."));
    }

    [TestCase(null)]
    [TestCase(1.0)]
    [TestCase(50.0)]
    [TestCase(100.0)]
    public void InRange_AcceptsAValueWithinInclusiveBoundsOrNone(double? value) =>
        Assert.DoesNotThrow(() => Guard.InRange(value, "limit", 1, false, 100, false));

    [TestCase(0.999, "limit must be at least 1 and at most 100.")]
    [TestCase(100.001, "limit must be at least 1 and at most 100.")]
    public void InRange_RejectsAValueOutsideInclusiveBounds(double value, string message) =>
        AssertOutOfRange(() => Guard.InRange(value, "limit", 1, false, 100, false), "limit", value, message);

    [TestCase(0.0)]
    [TestCase(1.0)]
    public void InRange_RejectsTheEdgesOfExclusiveBounds(double value) =>
        AssertOutOfRange(() => Guard.InRange(value, "ratio", 0, true, 1, true), "ratio", value, "ratio must be greater than 0 and less than 1.");

    [Test]
    public void InRange_AcceptsAValueInsideExclusiveBounds() =>
        Assert.DoesNotThrow(() => Guard.InRange(0.5, "ratio", 0, true, 1, true));

    [Test]
    public void InRange_WithOnlyAMinimum_NamesOnlyThatBound()
    {
        Assert.DoesNotThrow(() => Guard.InRange(1e9, "size", 0, false, null, false));
        AssertOutOfRange(() => Guard.InRange(-0.5, "size", 0, false, null, false), "size", -0.5, "size must be at least 0.");
    }

    [Test]
    public void InRange_WithOnlyAMaximum_NamesOnlyThatBound()
    {
        Assert.DoesNotThrow(() => Guard.InRange(-1e9, "delay", null, false, 10, true));
        AssertOutOfRange(() => Guard.InRange(10, "delay", null, false, 10, true), "delay", 10.0, "delay must be less than 10.");
    }

    [Test]
    public void InRange_WritesBoundsInvariantly() =>
        AssertOutOfRange(() => Guard.InRange(3, "t", 0.5, false, 2.5, false), "t", 3.0, "t must be at least 0.5 and at most 2.5.");

    [Test]
    public void Strings_CopiesTheList()
    {
        var source = new List<string> { "a", "b" };
        var copy = Guard.Strings(source, "tags");
        source.Add("c");

        Assert.That(copy, Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Strings_RejectsANullList()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Guard.Strings(null!, "tags"));

        Assert.That(ex!.ParamName, Is.EqualTo("tags"));
        Assert.That(ex.Message, Does.StartWith("tags is required."));
    }

    [Test]
    public void Strings_RejectsANullItem()
    {
        var ex = Assert.Throws<ArgumentException>(() => Guard.Strings(["a", null!], "tags"));

        Assert.That(ex!.ParamName, Is.EqualTo("tags"));
        Assert.That(ex.Message, Does.StartWith("tags contains null."));
    }

    [Test]
    public void AsReadOnly_OfNull_IsEmpty() => Assert.That(Guard.AsReadOnly<string>(null), Is.Empty);

    [Test]
    public void AsReadOnly_OfAReadOnlyList_IsThatList()
    {
        var list = new List<string> { "a" };
        Assert.That(Guard.AsReadOnly(list), Is.SameAs(list));
    }

    private static void AssertOutOfRange(TestDelegate call, string parameter, double value, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(call);

        Assert.That(ex!.ParamName, Is.EqualTo(parameter));
        Assert.That(ex.ActualValue, Is.EqualTo(value));
        Assert.That(ex.Message, Does.StartWith(message));
    }
}
