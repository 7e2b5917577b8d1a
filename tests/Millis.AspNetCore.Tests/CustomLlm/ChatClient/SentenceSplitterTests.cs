using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore.Tests.CustomLlm.ChatClient;

public class SentenceSplitterTests
{
    [Test]
    public void SentenceEndsAtATerminatorFollowedBySpace() =>
        Assert.That(new SentenceSplitter().Add("One. Two"), Is.EqualTo(new[] { "One." }));

    [Test]
    public void TerminatorAtTheEndOfTheBufferWaitsForMoreText() =>
        Assert.That(new SentenceSplitter().Add("One."), Is.Empty);

    [Test]
    public void DecimalNumberIsNotASentenceEnd() =>
        Assert.That(new SentenceSplitter().Add("It costs 3.50 dollars. Ok"), Is.EqualTo(new[] { "It costs 3.50 dollars." }));

    [Test]
    public void RunOfTerminatorsStaysWithItsSentence() =>
        Assert.That(new SentenceSplitter().Add("Really?! Yes... Fine"), Is.EqualTo(new[] { "Really?!", "Yes..." }));

    [Test]
    public void ClosingQuoteStaysWithItsSentence() =>
        Assert.That(new SentenceSplitter().Add("He said \"hi.\" Then"), Is.EqualTo(new[] { "He said \"hi.\"" }));

    [Test]
    public void LineBreakEndsASentence() =>
        Assert.That(new SentenceSplitter().Add("Item one\nItem two"), Is.EqualTo(new[] { "Item one" }));

    [Test]
    public void FullWidthTerminatorEndsASentenceWithoutSpace() =>
        Assert.That(new SentenceSplitter().Add("你好。再见"), Is.EqualTo(new[] { "你好。" }));

    [Test]
    public void SentenceSplitAcrossPiecesIsJoined()
    {
        var splitter = new SentenceSplitter();
        splitter.Add("Hel");
        splitter.Add("lo wor");

        Assert.That(splitter.Add("ld! Next"), Is.EqualTo(new[] { "Hello world!" }));
    }

    [Test]
    public void RestIsTheUnterminatedTail()
    {
        var splitter = new SentenceSplitter();
        splitter.Add("Done. And then");

        Assert.That(splitter.TakeRest(), Is.EqualTo("And then"));
    }
}
