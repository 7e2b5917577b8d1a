using Millis.Chat;
using Newtonsoft.Json;

namespace Millis.Tests.Chat;

/// <summary>
/// Hand-picked chunks for <see cref="ChatChunkParser"/>: what each optional or odd field yields, what makes data "not a
/// chunk", what is skipped, and the messages for data that is not JSON.
/// </summary>
public class ChatChunkParserEdgeTests
{
    private static List<ChatStreamEvent>? Parse(string data, bool includeUsage = false)
    {
        var events = new List<ChatStreamEvent>();
        return new ChatChunkParser().TryParse(data, events, includeUsage) ? events : null;
    }

    [Test]
    public void EventsLeftInTheListFromBefore_AreCleared()
    {
        var events = new List<ChatStreamEvent> { new ChatTextDelta("stale") };

        Assert.That(new ChatChunkParser().TryParse("""{"choices":[{"delta":{"content":"new"}}]}""", events), Is.True);
        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("new") }));
    }

    [Test]
    public void DataThatIsNotJson_StillClearsTheEventsFromBefore()
    {
        var events = new List<ChatStreamEvent> { new ChatTextDelta("stale") };

        Assert.Throws<JsonReaderException>(() => new ChatChunkParser().TryParse("{\"id\":", events));
        Assert.That(events, Is.Empty);
    }

    [Test]
    public void ANullChoiceIndex_FallsBackToThePosition() =>
        Assert.That(Parse("""{"choices":[{"delta":{"content":"a"}},{"index":null,"delta":{"content":"b"}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("a", 0), new ChatTextDelta("b", 1) }));

    [Test]
    public void AChunkThatTurnsOutNotToBeOne_LeavesNoEventsBehind()
    {
        var events = new List<ChatStreamEvent>();

        Assert.That(new ChatChunkParser().TryParse("""{"choices":[{"delta":{"content":"hi"}}, 5]}""", events), Is.False);
        Assert.That(events, Is.Empty);
    }

    [Test]
    public void ARepeatedChoicesProperty_KeepsOnlyTheLastOne() =>
        Assert.That(Parse("""{"choices":[{"delta":{"content":"a"}}],"choices":[{"delta":{"content":"b"}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("b") }));

    [Test]
    public void ChoicesWithoutAnIndex_AreNumberedByPosition() =>
        Assert.That(Parse("""{"choices":[{"delta":{"content":"a"}},{"delta":{"content":"b"}},{"delta":{"content":"c"}}]}"""),
            Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("a", 0), new ChatTextDelta("b", 1), new ChatTextDelta("c", 2) }));

    [Test]
    public void AChoiceIndexOfIntMaxValue_IsKept() =>
        Assert.That(Parse($$$"""{"choices":[{"index":{{{int.MaxValue}}},"delta":{"content":"a"}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("a", int.MaxValue) }));

    [TestCase(-1)]
    [TestCase(2147483648L)]
    public void AChoiceIndexOutsideInt_IsNotAChunk(long index) =>
        Assert.That(Parse($$$"""{"choices":[{"index":{{{index}}},"delta":{"content":"a"}}]}"""), Is.Null);

    [Test]
    public void AChoiceWithoutADelta_StillGivesItsFinish() =>
        Assert.That(Parse("""{"choices":[{"finish_reason":"stop"}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatFinish("stop") }));

    [Test]
    public void NullContent_IsAChunkWithNoText() =>
        Assert.That(Parse("""{"choices":[{"delta":{"content":null}}]}"""), Is.Empty);

    [Test]
    public void ToolCallsOfOneChoice_DoNotLeakIntoTheNext() =>
        Assert.That(Parse("""{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"f","arguments":"{}"}}]}},{"finish_reason":"tool_calls"}]}"""),
            Is.EqualTo(new ChatStreamEvent[] { new ChatToolCallDelta(0, "call_1", "f", "{}", 0), new ChatFinish("tool_calls", 1) }));

    [Test]
    public void ARepeatedDelta_KeepsOnlyTheLastOnesToolCalls() =>
        Assert.That(Parse("""{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"a"}]},"delta":{"content":"x"}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("x") }));

    [Test]
    public void AToolCallWithoutAFunction_IsKept() =>
        Assert.That(Parse("""{"choices":[{"delta":{"tool_calls":[{"index":0,"id":"call_1"}]}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatToolCallDelta(0, "call_1", null, null) }));

    [Test]
    public void AFunctionWithoutArguments_IsKept() =>
        Assert.That(Parse("""{"choices":[{"delta":{"tool_calls":[{"index":1,"function":{"name":"f"}}]}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatToolCallDelta(1, null, "f", null) }));

    [Test]
    public void ToolCallsWithoutAnIndex_AreNumberedByPosition() =>
        Assert.That(Parse("""{"choices":[{"delta":{"tool_calls":[{"id":"a"},{"id":"b"}]}}]}"""), Is.EqualTo(new ChatStreamEvent[] { new ChatToolCallDelta(0, "a", null, null), new ChatToolCallDelta(1, "b", null, null) }));

    [TestCase("""{"choices":[{"delta":{"tool_calls":[{"index":0,"id":5}]}}]}""")]
    [TestCase("""{"choices":[{"delta":{"tool_calls":[{"index":"0","id":"a"}]}}]}""")]
    [TestCase("""{"choices":[{"delta":{"tool_calls":[{"index":0,"function":"f"}]}}]}""")]
    [TestCase("""{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"name":5}}]}}]}""")]
    [TestCase("""{"choices":[{"delta":{"tool_calls":[{"index":0,"function":{"name":"f","arguments":{}}}]}}]}""")]
    public void AToolCallWithOneFieldOfTheWrongType_IsNotAChunk(string data) =>
        Assert.That(Parse(data), Is.Null);

    [Test]
    public void UnknownObjectsAtEachLevel_AreSkippedWhole() =>
        Assert.That(
            Parse("""{"x":{"choices":[9]},"choices":[{"logprobs":{"content":[{"delta":1}]},"delta":{"extra":{"content":{"a":1}},"content":"hi","tool_calls":[{"extra":{"id":{"b":2}},"id":"c","function":{"extra":{"name":[1]},"name":"f"}}]}}]}"""),
            Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("hi"), new ChatToolCallDelta(0, "c", "f", null) }));

    [Test]
    public void UsageWithNonIntegerCounts_KeepsOnlyTheIntegers() =>
        Assert.That(Parse("""{"choices":[],"usage":{"prompt_tokens":"12","completion_tokens":{"n":[1]},"total_tokens":30}}""", includeUsage: true),
            Is.EqualTo(new ChatStreamEvent[] { new ChatUsage(null, null, 30) }));

    [Test]
    public void UsageThatIsNotAnObject_IsSkippedAndTheChunkStillCounts() =>
        Assert.That(Parse("""{"choices":[{"delta":{"content":"a"}}],"usage":[1,{"prompt_tokens":2}]}""", includeUsage: true),
            Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("a") }));

    [Test]
    public void UsageIsIgnoredUnlessAskedFor() =>
        Assert.That(Parse("""{"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}"""), Is.Empty);

    [Test]
    public void ContentAfterTheJsonValue_IsAnError() =>
        Assert.Throws<JsonReaderException>(() => Parse("""{"choices":[]} {}"""));

    [Test]
    public void CommentsAfterTheJsonValue_AreAllowed() =>
        Assert.That(Parse("""{"choices":[]} /* keep-alive */"""), Is.Empty);

    [Test]
    public void DataThatEndsInsideTheValue_IsAnErrorSayingSo()
    {
        var ex = Assert.Throws<JsonReaderException>(() => Parse("""{"choices":[{"delta":"""));

        Assert.That(ex!.Message, Does.StartWith("Unexpected end of the JSON data at position "));
    }

    [Test]
    public void OneParserReadsManyEventsInARow()
    {
        var parser = new ChatChunkParser();
        var events = new List<ChatStreamEvent>();

        Assert.That(parser.TryParse("""{"choices":[{"delta":{"content":"first, longer text"}}]}""", events), Is.True);
        Assert.That(parser.TryParse("""{"choices":[{"delta":{"content":"2nd"}}]}""", events), Is.True);
        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("2nd") }));
    }
}
