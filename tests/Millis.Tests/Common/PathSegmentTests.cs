namespace Millis.Tests.Common;

/// <summary>Each rule of <see cref="PathSegment.Check"/> and the message it gives.</summary>
public class PathSegmentTests
{
    [TestCase("agent-1")]
    [TestCase("a.b")]
    [TestCase("...")]
    [TestCase("+15551234567")]
    [TestCase("caf\u00e9")]
    [TestCase("HL")]
    [TestCase("xHLy")]
    public void AnIdThatIsOneSegment_IsReturnedUnchanged(string pattern)
    {
        var id = pattern.Replace('H', '\ud83d').Replace('L', '\ude00');
        Assert.That(PathSegment.Check(id, "agentId"), Is.SameAs(id));
    }

    [Test]
    public void Null_IsAnArgumentNullExceptionNamingTheParameter()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => PathSegment.Check(null, "sessionId"));

        Assert.That(ex!.ParamName, Is.EqualTo("sessionId"));
        Assert.That(ex.Message, Does.StartWith("sessionId is required."));
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\t\n")]
    public void EmptyOrWhitespace_IsRejectedAskingForTheId(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => PathSegment.Check(id, "sessionId"));

        Assert.That(ex!.GetType(), Is.EqualTo(typeof(ArgumentException)));
        Assert.That(ex.ParamName, Is.EqualTo("sessionId"));
        Assert.That(ex.Message, Does.StartWith("sessionId must not be empty or whitespace: pass the id."));
    }

    [TestCase(".")]
    [TestCase("..")]
    public void ADotSegment_IsRejectedBecauseItChangesTheRoute(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => PathSegment.Check(id, "campaignId"));

        Assert.That(ex!.ParamName, Is.EqualTo("campaignId"));
        Assert.That(ex.Message, Does.StartWith($"campaignId \"{id}\" is a dot segment, which would change the request's route; pass the real id."));
    }

    [TestCase("a/b", '/', 1)]
    [TestCase("ab\\", '\\', 2)]
    [TestCase("/", '/', 0)]
    public void ASlash_IsRejectedNamingItAndItsIndex(string id, char slash, int index)
    {
        var ex = Assert.Throws<ArgumentException>(() => PathSegment.Check(id, "agentId"));

        Assert.That(ex!.ParamName, Is.EqualTo("agentId"));
        Assert.That(ex.Message, Does.StartWith($"agentId contains '{slash}' at index {index}; an id must be one path segment (servers and proxies may decode an escaped slash into a new route)."));
    }

    [TestCase("ab\n", "000A", 2)]
    [TestCase("\u0000x", "0000", 0)]
    [TestCase("a\u007fb", "007F", 1)]
    public void AControlCharacter_IsRejectedNamingItsCodeAndIndex(string id, string code, int index)
    {
        var ex = Assert.Throws<ArgumentException>(() => PathSegment.Check(id, "callId"));

        Assert.That(ex!.ParamName, Is.EqualTo("callId"));
        Assert.That(ex.Message, Does.StartWith($"callId contains the control character U+{code} at index {index}; pass the id without it."));
    }

    // Lone surrogates cannot travel in attribute strings (metadata stores UTF-8): H and L stand for a high and a low one.
    [TestCase("abH", 2)]
    [TestCase("Lab", 0)]
    [TestCase("aHx", 1)]
    [TestCase("HHL", 0)]
    [TestCase("aLH", 1)]
    public void ALoneSurrogate_IsRejectedNamingItsIndex(string pattern, int index)
    {
        var id = pattern.Replace('H', '\ud83d').Replace('L', '\ude00');

        var ex = Assert.Throws<ArgumentException>(() => PathSegment.Check(id, "phone"));

        Assert.That(ex!.ParamName, Is.EqualTo("phone"));
        Assert.That(ex.Message, Does.StartWith($"phone holds a lone UTF-16 surrogate at index {index}, which has no UTF-8 form (it would be sent as U+FFFD, another id)."));
    }

    [Test]
    public void ACharacterAfterAPairIsStillChecked() =>
        Assert.Throws<ArgumentException>(() => PathSegment.Check("\ud83d\ude00/", "agentId"));
}
