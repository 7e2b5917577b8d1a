using Newtonsoft.Json;

namespace Millis.Serialization;

/// <summary>
/// Newtonsoft's reader over a <see cref="CharBody"/>, noting the exact text of each number it could not represent as
/// written (a double or integer property would write <c>0.1000000000000000055511151231257827</c> back as <c>0.1</c>,
/// <c>1717000000.5</c> in a 64-bit property as <c>1717000000</c>). The contract resolver hands that text to the model,
/// which writes it back unchanged.
/// </summary>
internal sealed class MillisJsonReader : JsonTextReader, IExactReader
{
    private readonly CharBody _body;
    private int _scannedLine = 1;
    private int _scannedLineStart;
    private int _scanPosition;

    public MillisJsonReader(CharBody body)
        : base(body.OpenReader())
    {
        _body = body;
        DateParseHandling = DateParseHandling.None;
        FloatParseHandling = FloatParseHandling.Double;
        MaxDepth = 256;
    }

    /// <summary>The text of the number just read when writing its value back would change it; else null.</summary>
    public string? InexactNumber { get; private set; }

    public IDisposable Activate() => ExactReading.Activate(this);

    public string? TakeInexactNumber()
    {
        var text = InexactNumber;
        InexactNumber = null;
        return text;
    }

    /// <summary>A string value only: Newtonsoft would return a number or boolean as its text (<c>false</c> → <c>"false"</c>).</summary>
    public override string? ReadAsString() => Expect(base.ReadAsString(), ValueKind.String);

    /// <summary>A number only, never a quoted one.</summary>
    public override int? ReadAsInt32() => Expect(base.ReadAsInt32(), ValueKind.Number);

    /// <summary>A number only, never a quoted one.</summary>
    public override double? ReadAsDouble() => Expect(base.ReadAsDouble(), ValueKind.Number);

    /// <summary>A number only, never a quoted one.</summary>
    public override decimal? ReadAsDecimal() => Expect(base.ReadAsDecimal(), ValueKind.Number);

    /// <summary>A boolean only, never a quoted one or a number.</summary>
    public override bool? ReadAsBoolean() => Expect(base.ReadAsBoolean(), ValueKind.Boolean);

    public override bool Read()
    {
        InexactNumber = null;
        var more = base.Read();
        if (more && TokenType == JsonToken.Float && Value is double d)
        {
            var text = NumberText();
            if (text is not null && !Matches(text, JsonConvert.ToString(d)))
            {
                InexactNumber = text;
            }
        }

        return more;
    }

    /// <summary>
    /// The JSON type of the scalar just read, from its last character: Newtonsoft's ReadAsString reports a number or a
    /// boolean as a string (and ReadAsInt32 a quoted number as a number), so the token type cannot tell.
    /// </summary>
    public ValueKind? CurrentValueKind()
    {
        var end = LineStart(LineNumber) + LinePosition;
        if (end <= 0 || end > _body.Length)
        {
            return null;
        }

        return _body.Chars[end - 1] switch
        {
            '"' => ValueKind.String,
            'e' when TokenType is JsonToken.Boolean or JsonToken.String && EndsWithLiteral(end) => ValueKind.Boolean,
            'l' => null,
            >= '0' and <= '9' or '.' => ValueKind.Number,
            _ => null,
        };
    }

    private bool EndsWithLiteral(int end)
    {
        var c = _body.Chars;
        return (end >= 4 && c[end - 4] == 't' && c[end - 3] == 'r' && c[end - 2] == 'u')
            || (end >= 5 && c[end - 5] == 'f' && c[end - 4] == 'a' && c[end - 3] == 'l' && c[end - 2] == 's');
    }

    private T Expect<T>(T value, ValueKind expected) => ExactReading.Expect(this, value, expected, LineNumber, LinePosition);

    private static bool Matches(string raw, string written) => string.Equals(raw, written, StringComparison.Ordinal);

    /// <summary>The number token's characters: it ends at the current position, and starts after the last non-number char.</summary>
    private string? NumberText()
    {
        var end = LineStart(LineNumber) + LinePosition;
        var chars = _body.Chars;
        if (end <= 0 || end > _body.Length)
        {
            return null;
        }

        var start = end;
        while (start > 0 && IsNumberChar(chars[start - 1]))
        {
            start--;
        }

        return start < end ? new string(chars, start, end - start) : null;
    }

    private static bool IsNumberChar(char c) => c is (>= '0' and <= '9') or '-' or '+' or '.' or 'e' or 'E';

    /// <summary>Offset of the first char of a line, counting lines the way JsonTextReader does (\n, \r\n and \r end a line).</summary>
    private int LineStart(int line)
    {
        var chars = _body.Chars;
        while (_scannedLine < line && _scanPosition < _body.Length)
        {
            var c = chars[_scanPosition++];
            if (c == '\n' || (c == '\r' && (_scanPosition >= _body.Length || chars[_scanPosition] != '\n')))
            {
                _scannedLine++;
                _scannedLineStart = _scanPosition;
            }
        }

        return _scannedLineStart;
    }
}

/// <summary>The JSON type of a scalar value.</summary>
internal enum ValueKind
{
    String,
    Number,
    Boolean,
}
