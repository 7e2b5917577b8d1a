using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Serialization;

/// <summary>A reader that can tell the JSON type of the scalar it just read, and the exact text of an inexact number.</summary>
internal interface IExactReader
{
    ValueKind? CurrentValueKind();

    string? TakeInexactNumber();
}

/// <summary>
/// Which exact reader is deserializing on this thread (Newtonsoft deserializes synchronously), so the contract
/// resolver's value providers can refuse a coerced value. Outside the SDK's own reading, none is active and
/// Newtonsoft behaves as usual.
/// </summary>
internal static class ExactReading
{
    [ThreadStatic]
    private static IExactReader? _current;

    public static IExactReader? Current => _current;

    public static IDisposable Activate(IExactReader reader)
    {
        var previous = _current;
        _current = reader;
        return new Restore(previous);
    }

    public static T Expect<T>(JsonReader reader, T value, ValueKind expected, int line, int position)
    {
        if (value is not null && reader is IExactReader exact && exact.CurrentValueKind() is { } found && found != expected)
        {
            throw new JsonReaderException($"Expected {Describe(expected)}, found {Describe(found)}.", reader.Path, line, position, null);
        }

        return value;
    }

    public static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Number => "a number",
        _ => "a boolean",
    };

    /// <summary>Deserializes a buffered token (a union's form) with the same exactness, when exact reading is active.</summary>
    public static T? ToObject<T>(JToken token, JsonSerializer serializer)
    {
        if (_current is null)
        {
            return token.ToObject<T>(serializer);
        }

        using var reader = new ExactTokenReader(token);
        using (Activate(reader))
        {
            return serializer.Deserialize<T>(reader);
        }
    }

    private sealed class Restore(IExactReader? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }

    /// <summary>A JTokenReader that reports the JSON type of each value and refuses coercions like <see cref="MillisJsonReader"/>.</summary>
    private sealed class ExactTokenReader(JToken token) : JTokenReader(token), IExactReader
    {
        public ValueKind? CurrentValueKind() => CurrentToken is JValue value
            ? value.Type switch
            {
                JTokenType.String => ValueKind.String,
                JTokenType.Integer or JTokenType.Float => ValueKind.Number,
                JTokenType.Boolean => ValueKind.Boolean,
                _ => null,
            }
            : null;

        public string? TakeInexactNumber() => null;

        public override string? ReadAsString() => ExactReading.Expect(this, base.ReadAsString(), ValueKind.String, 0, 0);

        public override int? ReadAsInt32() => ExactReading.Expect(this, base.ReadAsInt32(), ValueKind.Number, 0, 0);

        public override double? ReadAsDouble() => ExactReading.Expect(this, base.ReadAsDouble(), ValueKind.Number, 0, 0);

        public override decimal? ReadAsDecimal() => ExactReading.Expect(this, base.ReadAsDecimal(), ValueKind.Number, 0, 0);

        public override bool? ReadAsBoolean() => ExactReading.Expect(this, base.ReadAsBoolean(), ValueKind.Boolean, 0, 0);
    }
}
