using System.Globalization;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Serialization;

/// <summary>
/// Reads a scalar of a model exactly as sent: a string only from a JSON string, a number only from a JSON number, a
/// boolean only from a JSON boolean. Newtonsoft would coerce (<c>false</c> into a string property, written back as
/// <c>"false"</c>; <c>"42"</c> into an int); here the value is refused, which makes it a read problem that keeps the
/// raw JSON. A number the target type cannot hold as written (a fraction in a 64-bit timestamp, 34 significant digits
/// in a double) is accepted, and its exact text is handed to the model to be written back unchanged.
/// Used only by the SDK's own serializer settings, for reading; writing is Newtonsoft's.
/// </summary>
internal sealed class StrictScalarConverter : JsonConverter
{
    private readonly ValueKind _kind;
    private readonly bool _item;

    private StrictScalarConverter(ValueKind kind, bool item)
    {
        _kind = kind;
        _item = item;
    }

    public static StrictScalarConverter String { get; } = new(ValueKind.String, item: false);

    public static StrictScalarConverter Number { get; } = new(ValueKind.Number, item: false);

    public static StrictScalarConverter Boolean { get; } = new(ValueKind.Boolean, item: false);

    /// <summary>
    /// For items of a map or list: no model holds an item's exact text, so an integer item with a fraction is refused
    /// (a read problem: the model owning the map then keeps all of it raw) instead of being truncated.
    /// </summary>
    public static StrictScalarConverter? ForItems(Type? type) => For(type) switch
    {
        null => null,
        var c when c == String => StringItems,
        var c when c == Boolean => BooleanItems,
        _ => NumberItems,
    };

    private static StrictScalarConverter StringItems { get; } = new(ValueKind.String, item: true);

    private static StrictScalarConverter NumberItems { get; } = new(ValueKind.Number, item: true);

    private static StrictScalarConverter BooleanItems { get; } = new(ValueKind.Boolean, item: true);

    public override bool CanWrite => false;

    public static StrictScalarConverter? For(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? String
            : type == typeof(bool) ? Boolean
            : type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(long) || type == typeof(int) ? Number
            : null;
    }

    public override bool CanConvert(Type objectType) => For(objectType)?._kind == _kind;

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        var target = Nullable.GetUnderlyingType(objectType) ?? objectType;
        var nullable = !objectType.IsValueType || Nullable.GetUnderlyingType(objectType) is not null;
        switch (reader.TokenType)
        {
            case JsonToken.Null when nullable:
                return null;
            case JsonToken.String when _kind == ValueKind.String:
                return reader.Value is string s ? s : Convert.ToString(reader.Value, CultureInfo.InvariantCulture);
            case JsonToken.Boolean when _kind == ValueKind.Boolean:
                return reader.Value;
            case JsonToken.Integer or JsonToken.Float when _kind == ValueKind.Number:
                return ReadNumber(reader, target, _item);
            default:
                // Newtonsoft skips the rest of an object or array when it handles this error.
                throw Error(reader, $"Expected {ExactReading.Describe(_kind)}, found {Found(reader.TokenType)}.", null);
        }
    }

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        throw new NotSupportedException("StrictScalarConverter only reads.");

    private static object ReadNumber(JsonReader reader, Type target, bool item)
    {
        // An integer into an integer property is exact; only then is the text not needed (no string per number).
        var exact = reader.TokenType == JsonToken.Integer && (target == typeof(long) || target == typeof(int));
        var raw = exact ? null : (reader as MillisJsonReader)?.CurrentNumberText();
        object value;
        try
        {
            value = target == typeof(long) ? ToInt64(reader.Value!, raw)
                : target == typeof(int) ? checked((int)ToInt64(reader.Value!, raw))
                : target == typeof(decimal) ? raw is not null ? decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture) : Convert.ToDecimal(reader.Value, CultureInfo.InvariantCulture)
                : target == typeof(float) ? Convert.ToSingle(reader.Value, CultureInfo.InvariantCulture)
                : Convert.ToDouble(reader.Value, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is OverflowException or FormatException)
        {
            throw Error(reader, $"Expected a number that fits {NameOf(target)}, found {raw ?? Convert.ToString(reader.Value, CultureInfo.InvariantCulture)}.", ex);
        }

        if (raw is not null && !WritesAs(value, raw))
        {
            if (item && value is long or int)
            {
                throw Error(reader, $"Expected an integer, found {raw}.", null);
            }

            if (reader is MillisJsonReader millis)
            {
                millis.PendingRawNumber = raw;
            }
        }

        return value;
    }

    /// <summary>An integer property takes a number with a fraction (a timestamp sent as 1717000000.5), truncated.</summary>
    private static long ToInt64(object value, string? raw) => value switch
    {
        long l => l,
        int i => i,
        System.Numerics.BigInteger b => (long)b,
        double d when !double.IsNaN(d) && d >= long.MinValue && d < long.MaxValue => (long)Math.Truncate(d),
        decimal m => (long)decimal.Truncate(m),
        _ => throw new OverflowException(raw),
    };

    /// <summary>Whether Newtonsoft writes <paramref name="value"/> back as exactly <paramref name="raw"/>.</summary>
    private static bool WritesAs(object value, string raw) => value switch
    {
        long or int => raw.IndexOfAny(['.', 'e', 'E', '+']) < 0 && !(raw.Length > 1 && raw[0] == '0'),
        double d => JsonConvert.ToString(d) == raw,
        float f => JsonConvert.ToString(f) == raw,
        decimal m => JsonConvert.ToString(m) == raw,
        _ => true,
    };

    private static JsonSerializationException Error(JsonReader reader, string message, Exception? inner) =>
        reader is IJsonLineInfo info && info.HasLineInfo()
            ? new JsonSerializationException(message, reader.Path, info.LineNumber, info.LinePosition, inner)
            : new JsonSerializationException(message, reader.Path, 0, 0, inner);

    private static string NameOf(Type type) => type == typeof(int) ? "32 bits" : type == typeof(long) ? "64 bits" : type.Name;

    private static string Found(JsonToken token) => token switch
    {
        JsonToken.String => "a string",
        JsonToken.Integer or JsonToken.Float => "a number",
        JsonToken.Boolean => "a boolean",
        JsonToken.Null => "null",
        JsonToken.StartObject => "an object",
        JsonToken.StartArray => "an array",
        _ => token.ToString(),
    };
}
