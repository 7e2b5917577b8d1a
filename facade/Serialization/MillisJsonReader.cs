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

    /// <summary>The text of the number just read when writing its value back would change it (set by <see cref="StrictScalarConverter"/>).</summary>
    public string? PendingRawNumber { get; set; }

    public IDisposable Activate() => ExactReading.Activate(this);

    public string? TakeInexactNumber()
    {
        var text = PendingRawNumber;
        PendingRawNumber = null;
        return text;
    }

    public override bool Read()
    {
        PendingRawNumber = null;
        return base.Read();
    }

    /// <summary>The characters of the number token just read (null when they cannot be located).</summary>
    public string? CurrentNumberText() => TokenType is JsonToken.Integer or JsonToken.Float ? NumberText() : null;

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
