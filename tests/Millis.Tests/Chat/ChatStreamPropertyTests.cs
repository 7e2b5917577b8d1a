using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Millis.Chat;
using Newtonsoft.Json;

namespace Millis.Tests.Chat;

/// <summary>Properties of the stream parser over generated bodies and arbitrary chunking.</summary>
public class ChatStreamPropertyTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);

    /// <summary>One piece of a valid stream: its lines (without line endings) and the events it must yield.</summary>
    public sealed record Part(string[] Lines, ChatStreamEvent[] Expected);

    /// <summary>A valid body: parts, a line ending, an optional [DONE], and where to cut it into chunks.</summary>
    public sealed record Case(Part[] Parts, string Eol, bool Done, int[] Cuts)
    {
        public byte[] Bytes()
        {
            var lines = Parts.SelectMany(p => p.Lines.Append(string.Empty));
            if (Done)
            {
                lines = lines.Concat(["data: [DONE]", string.Empty]);
            }

            return Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + Eol)));
        }

        public ChatStreamEvent[] Expected() =>
            Parts.SelectMany(p => p.Expected).Concat(Done ? [ChatDone.Instance] : []).ToArray();

        public override string ToString() =>
            $"eol={JsonConvert.ToString(Eol)} cuts=[{string.Join(",", Cuts)}] body={JsonConvert.ToString(Encoding.UTF8.GetString(Bytes()))}";
    }

    private static readonly Gen<string> Texts =
        Gen.Elements("a", "Z", " ", "é", "€", "👋", "\"", "\\", "\n", "\r", "\t", "data:", ":", "[DONE]", "{}", "日本")
            .ArrayOf()
            .Select(pieces => string.Concat(pieces))
            .Where(s => s.Length > 0);

    private static string Chunk(string delta) => JsonConvert.SerializeObject(new { choices = new[] { new { delta = new { content = delta } } } });

    private static readonly Gen<Part> Parts = Gen.OneOf(
        Texts.Select(t => new Part(["data: " + Chunk(t)], [new ChatTextDelta(t)])),
        Texts.Select(t => new Part(["data:" + Chunk(t)], [new ChatTextDelta(t)])),
        Texts.Select(t => new Part([": " + t.Replace("\n", " ").Replace("\r", " "), "data: " + Chunk("x")], [new ChatTextDelta("x")])),
        Texts.Select(t => new Part(["id: 42", "retry: 1000", "data: " + Chunk(t)], [new ChatTextDelta(t)])),
        Texts.Select(t =>
        {
            // Multi-line data: the lines are joined with a line feed, which JSON allows between tokens.
            var json = Chunk(t);
            var cut = "{\"choices\":".Length;
            return new Part(["data: " + json.Substring(0, cut), "data: " + json.Substring(cut)], [new ChatTextDelta(t)]);
        }),
        Gen.Constant(new Part(["event: ping", "data: {\"n\":1}"], [new ChatUnknownEvent("ping", "{\"n\":1}")])),
        Gen.Constant(new Part(["data: {\"error\":\"x\"}"], [new ChatUnknownEvent("message", "{\"error\":\"x\"}")])),
        Gen.Constant(new Part([": keep-alive"], [])),
        Gen.Constant(new Part(["data:"], [])),
        Gen.Constant(new Part(
            ["data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"c\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"a\\\":\"}}]}}]}"],
            [new ChatToolCallDelta(0, "c", "f", "{\"a\":")])),
        Gen.Constant(new Part(["data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}"], [new ChatFinish("stop")])));

    private static readonly Gen<Case> Cases =
        from parts in Parts.ArrayOf()
        from eol in Gen.Elements("\n", "\r\n", "\r")
        from done in Gen.Elements(true, false)
        from cuts in Gen.Choose(1, 1_000_000).ArrayOf()
        select new Case(parts, eol, done, cuts);

    private static List<ChatStreamEvent> Read(Stream body)
    {
        var task = Task.Run(async () =>
        {
            var events = new List<ChatStreamEvent>();
            await foreach (var e in ChatStreamReader.ReadAsync(body))
            {
                events.Add(e);
            }

            return events;
        });
        if (!task.Wait(Limit))
        {
            throw new TimeoutException("The parser did not finish within " + Limit);
        }

        return task.Result;
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property AnySplitOfAValidStreamYieldsTheSameEventsAsTheWholeStream() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var bytes = c.Bytes();
            var whole = Read(new ChunkedStream([bytes]));
            var split = Read(ChunkedStream.Split(bytes, c.Cuts));
            return whole.SequenceEqual(c.Expected()) && split.SequenceEqual(whole);
        });

    private static readonly Gen<byte[]> Noise =
        Gen.OneOf(
                Gen.Elements("data: ", "data:", "event: x", "id: 1", "id", "retry: 5", "retry", ":", "\n", "\r", "\r\n", "\n\n", "{", "}", "[", "]", "\"", ",", "choices", "delta", "content", "[DONE]", "null", "{\"choices\":[{\"delta\":{\"content\":\"a\"}}]}", "\uFEFF")
                    .Select(s => Encoding.UTF8.GetBytes(s)),
                Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf())
            .ArrayOf()
            .Select(pieces => pieces.SelectMany(p => p).ToArray());

    [FsCheck.NUnit.Property(MaxTest = 500)]
    public Property RandomBytesFailOnlyWithStreamExceptionAndNeverHang() =>
        Prop.ForAll(Gen.Zip(Noise, Gen.Choose(1, 1_000_000).ArrayOf()).ToArbitrary(), input =>
        {
            try
            {
                Read(ChunkedStream.Split(input.Item1, input.Item2));
                return true;
            }
            catch (AggregateException ex) when (ex.InnerException is MillisStreamException stream)
            {
                return stream.RawData is not null && !stream.EndedEarly;
            }
        });
}
