using System.Buffers;
using System.Net.Http;
using System.Text;

namespace Millis.Serialization;

/// <summary>
/// A response body decoded once into a pooled char buffer: parsed from there (no string of the whole body), turned
/// into text only when needed (an error, an untyped response), returned to the pool when disposed.
/// </summary>
internal sealed class CharBody : IDisposable
{
    private char[]? _chars;

    private CharBody(char[] chars, int length)
    {
        _chars = chars;
        Length = length;
    }

    public int Length { get; }

    public char[] Chars => _chars ?? throw new ObjectDisposedException(nameof(CharBody));

    public static async Task<CharBody> ReadAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return new CharBody(ArrayPool<char>.Shared.Rent(1), 0);
        }

#if NET8_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var bytes = ArrayPool<byte>.Shared.Rent(content.Headers.ContentLength is > 0 and < 64 * 1024 * 1024 and var known ? (int)known + 1 : 16 * 1024);
        try
        {
            var filled = 0;
            while (true)
            {
                if (filled == bytes.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent(bytes.Length * 2);
                    Buffer.BlockCopy(bytes, 0, bigger, 0, filled);
                    ArrayPool<byte>.Shared.Return(bytes);
                    bytes = bigger;
                }

#if NET8_0_OR_GREATER
                var read = await stream.ReadAsync(bytes.AsMemory(filled), cancellationToken).ConfigureAwait(false);
#else
                var read = await stream.ReadAsync(bytes, filled, bytes.Length - filled, cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0)
                {
                    break;
                }

                filled += read;
            }

            var encoding = Encoding(content);
            var start = encoding is UTF8Encoding && filled >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(filled - start)));
            var length = encoding.GetChars(bytes, start, filled - start, chars, 0);
            return new CharBody(chars, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>A body made from text (tests, the low-level call).</summary>
    public static CharBody FromText(string text)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        text.CopyTo(0, chars, 0, text.Length);
        return new CharBody(chars, text.Length);
    }

    public bool IsBlank()
    {
        for (var i = 0; i < Length; i++)
        {
            if (!char.IsWhiteSpace(Chars[i]))
            {
                return false;
            }
        }

        return true;
    }

    public TextReader OpenReader() => new CharArrayReader(Chars, Length);

    public override string ToString() => new(Chars, 0, Length);

    public void Dispose()
    {
        if (_chars is { } chars)
        {
            _chars = null;
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static Encoding Encoding(HttpContent content)
    {
        var charset = content.Headers.ContentType?.CharSet?.Trim('"');
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                return System.Text.Encoding.GetEncoding(charset!);
            }
            catch (ArgumentException)
            {
                // An unknown charset: JSON is UTF-8 (RFC 8259).
            }
        }

        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }

    /// <summary>A TextReader over a char array; JsonTextReader reads it in blocks.</summary>
    private sealed class CharArrayReader(char[] chars, int length) : TextReader
    {
        private int _position;

        public override int Peek() => _position < length ? chars[_position] : -1;

        public override int Read() => _position < length ? chars[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(count, length - _position);
            if (n <= 0)
            {
                return 0;
            }

            Array.Copy(chars, _position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
