namespace Millis.Tests.Chat;

/// <summary>An in-memory body that hands out exactly one chunk per read, as a network stream would.</summary>
internal sealed class ChunkedStream(IEnumerable<byte[]> chunks) : Stream
{
    private readonly Queue<byte[]> _chunks = new(chunks);
    private byte[] _current = [];
    private int _offset;

    public int Reads { get; private set; }

    public static ChunkedStream FromText(params string[] chunks) =>
        new(chunks.Select(c => System.Text.Encoding.UTF8.GetBytes(c)));

    /// <summary>Splits <paramref name="bytes"/> at the given positions (taken modulo the length, duplicates ignored).</summary>
    public static ChunkedStream Split(byte[] bytes, IEnumerable<int> cuts)
    {
        var positions = cuts.Select(c => bytes.Length == 0 ? 0 : (int)((uint)c % (uint)bytes.Length))
            .Where(p => p > 0)
            .Distinct()
            .OrderBy(p => p)
            .ToList();
        var parts = new List<byte[]>();
        var start = 0;
        foreach (var p in positions.Append(bytes.Length))
        {
            parts.Add(bytes[start..p]);
            start = p;
        }

        return new ChunkedStream(parts);
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Reads++;
        while (_offset == _current.Length)
        {
            if (!_chunks.TryDequeue(out var next))
            {
                return 0;
            }

            _current = next;
            _offset = 0;
        }

        var n = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
