using System.Globalization;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// A field the API types as one of several JSON forms for which this SDK version has no named type yet (the build
/// warned MILLIS002 when it met it). Nothing is lost: the value is kept as the JSON received and written back
/// unchanged; read it with the <c>TryGet…</c> accessors or <see cref="As{T}"/>, and set it from any form.
/// </summary>
[JsonConverter(typeof(MillisUnionJsonConverter))]
public sealed class MillisUnion
{
    private readonly JToken _json;

    private MillisUnion(JToken json) => _json = json;

    /// <summary>The JSON type of the value held.</summary>
    public JTokenType Kind => _json.Type;

    /// <summary>The value as compact JSON, exactly as it will be sent.</summary>
    public string Json => _json.ToString(Formatting.None);

    /// <summary>A union holding a string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static MillisUnion FromString(string value) => new(new JValue(value ?? throw new ArgumentNullException(nameof(value))));

    /// <summary>A union holding an integer.</summary>
    public static MillisUnion FromInt64(long value) => new(new JValue(value));

    /// <summary>A union holding a number.</summary>
    public static MillisUnion FromDouble(double value) => new(new JValue(value));

    /// <summary>A union holding a boolean.</summary>
    public static MillisUnion FromBoolean(bool value) => new(new JValue(value));

    /// <summary>A union holding any value (a model, a list, a map), as the SDK would write it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static MillisUnion FromObject(object value) =>
        new(JToken.FromObject(value ?? throw new ArgumentNullException(nameof(value)), JsonSerializer.Create(MillisJson.Settings)));

    /// <summary>A union holding this JSON text, kept as written.</summary>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static MillisUnion Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json ?? throw new ArgumentNullException(nameof(json)))) { DateParseHandling = DateParseHandling.None };
        return new(JToken.ReadFrom(reader));
    }

    /// <summary>Wraps a string.</summary>
    public static implicit operator MillisUnion(string value) => FromString(value);

    /// <summary>Wraps an integer.</summary>
    public static implicit operator MillisUnion(long value) => FromInt64(value);

    /// <summary>Wraps a number.</summary>
    public static implicit operator MillisUnion(double value) => FromDouble(value);

    /// <summary>Wraps a boolean.</summary>
    public static implicit operator MillisUnion(bool value) => FromBoolean(value);

    /// <summary>Gets the string, if the value is one.</summary>
    public bool TryGetString([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        value = _json.Type == JTokenType.String ? (string?)_json : null;
        return value is not null;
    }

    /// <summary>Gets the integer, if the value is a JSON integer that fits.</summary>
    public bool TryGetInt64(out long value)
    {
        var ok = _json is JValue { Type: JTokenType.Integer, Value: long or int } v;
        value = ok ? Convert.ToInt64(((JValue)_json).Value, CultureInfo.InvariantCulture) : 0;
        return ok;
    }

    /// <summary>Gets the number, if the value is a JSON number.</summary>
    public bool TryGetDouble(out double value)
    {
        var ok = _json.Type is JTokenType.Integer or JTokenType.Float;
        value = ok ? (double)_json : 0;
        return ok;
    }

    /// <summary>Gets the boolean, if the value is one.</summary>
    public bool TryGetBoolean(out bool value)
    {
        var ok = _json.Type == JTokenType.Boolean;
        value = ok && (bool)_json;
        return ok;
    }

    /// <summary>Reads the value as <typeparamref name="T"/> (a model, a list, a map) with the SDK's rules.</summary>
    /// <exception cref="JsonException">The value does not fit <typeparamref name="T"/>.</exception>
    public T? As<T>() => _json.ToObject<T>(JsonSerializer.Create(MillisJson.Settings));

    /// <summary>The JSON text.</summary>
    public override string ToString() => Json;

    private sealed class MillisUnionJsonConverter : JsonConverter
    {
        public override bool CanConvert(Type objectType) => objectType == typeof(MillisUnion);

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                return null;
            }

            var dates = reader.DateParseHandling;
            reader.DateParseHandling = DateParseHandling.None;
            try
            {
                return new MillisUnion(JToken.ReadFrom(reader));
            }
            finally
            {
                reader.DateParseHandling = dates;
            }
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value is MillisUnion union)
            {
                union._json.WriteTo(writer);
            }
            else
            {
                writer.WriteNull();
            }
        }
    }
}
