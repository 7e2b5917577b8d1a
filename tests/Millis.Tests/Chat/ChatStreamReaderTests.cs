using System.Text;
using Millis.Chat;

namespace Millis.Tests.Chat;

/// <summary><see cref="ChatStreamReader"/> read directly: [DONE] with spaces, usage off by default, slow bodies and failures that are not I/O.</summary>
[CancelAfter(10_000)]
public class ChatStreamReaderTests
{
    private static async Task<List<ChatStreamEvent>> ReadAll(Stream body)
    {
        var events = new List<ChatStreamEvent>();
        await foreach (var e in ChatStreamReader.ReadAsync(body))
        {
            events.Add(e);
        }

        return events;
    }

    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    [Test]
    public async Task DoneWithSpacesAroundIt_EndsTheStream()
    {
        var events = await ReadAll(Body("data:  [DONE] \n\ndata: {\"choices\":[{\"delta\":{\"content\":\"after\"}}]}\n\n"));

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { ChatDone.Instance }));
    }

    [Test]
    public void DataThatOnlyStartsLikeDone_IsNotTheEndButBadJson()
    {
        var ex = Assert.ThrowsAsync<MillisStreamException>(() => ReadAll(Body("data: [DONE]x\n\n")));

        Assert.That(ex!.RawData, Is.EqualTo("[DONE]x"));
    }

    [Test]
    public async Task ReadingWithoutOptions_LeavesUsageOut()
    {
        var events = await ReadAll(Body("data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}\n\n"));

        Assert.That(events, Is.Empty);
    }

    [Test]
    public async Task ABodyWhoseReadsCompleteLater_IsReadWithoutLimits()
    {
        var events = await ReadAll(new YieldingStream(Encoding.UTF8.GetBytes("data: {\"choices\":[{\"delta\":{\"content\":\"hi\"}}]}\n\ndata: [DONE]\n\n")));

        Assert.That(events, Is.EqualTo(new ChatStreamEvent[] { new ChatTextDelta("hi"), ChatDone.Instance }));
    }

    [Test]
    public void ABodyFailureThatIsNotIo_PropagatesAsItIs()
    {
        var failure = new InvalidOperationException("the body reader broke");

        var ex = Assert.CatchAsync<Exception>(() => ReadAll(new FailingStream(failure)));

        Assert.That(ex, Is.SameAs(failure));
    }

    [Test]
    public void AnIoFailure_IsAStreamExceptionThatSaysTheAnswerIsIncomplete()
    {
        var ex = Assert.ThrowsAsync<MillisStreamException>(() => ReadAll(new FailingStream(new IOException("reset by peer"))));

        Assert.That(ex!.Message, Is.EqualTo("The chat stream ended early: the connection dropped before the response body ended (IOException: reset by peer). The answer is incomplete."));
        Assert.That(ex.EndedEarly, Is.True);
    }

    /// <summary>Returns its bytes a few at a time, each read completing only after a yield (never synchronously).</summary>
    private sealed class YieldingStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            var n = Math.Min(Math.Min(buffer.Length, 7), bytes.Length - _position);
            bytes.AsMemory(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class FailingStream(Exception failure) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(failure);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(failure);

        public override int Read(byte[] buffer, int offset, int count) => throw failure;

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
