using System.Text;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// Cuts streamed text at sentence ends, so each <c>stream_response</c> frame is a whole sentence that can be spoken at
/// once. A sentence ends at '.', '!', '?' or '…' (runs like "?!" or "..." included) followed by white space, at a
/// full-width '。', '！' or '？', or at a line break. "3.5" and "e.g." inside a word stay whole.
/// </summary>
internal sealed class SentenceSplitter
{
    private readonly StringBuilder _pending = new();

    /// <summary>Adds streamed text; returns the sentences it completed (possibly none).</summary>
    public IReadOnlyList<string> Add(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Array.Empty<string>();
        }

        _pending.Append(text);
        var sentences = new List<string>();
        while (NextEnd() is { } end)
        {
            var sentence = _pending.ToString(0, end).Trim();
            _pending.Remove(0, end);
            if (sentence.Length > 0)
            {
                sentences.Add(sentence);
            }
        }

        return sentences;
    }

    /// <summary>Whatever is left: the last, unterminated sentence.</summary>
    public string TakeRest()
    {
        var rest = _pending.ToString().Trim();
        _pending.Clear();
        return rest;
    }

    /// <summary>The length of the first complete sentence, or null while none is complete.</summary>
    private int? NextEnd()
    {
        for (var i = 0; i < _pending.Length; i++)
        {
            var c = _pending[i];
            if (c is '\n' or '。' or '！' or '？')
            {
                return i + 1;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < _pending.Length && _pending[end] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or '”' or '’')
            {
                end++;
            }

            // Only white space after the terminator proves the sentence ended; at the buffer's end, wait for more.
            if (end < _pending.Length && char.IsWhiteSpace(_pending[end]))
            {
                return end;
            }

            i = end - 1;
        }

        return null;
    }
}
