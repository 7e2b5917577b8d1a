using System.Globalization;
using System.Text.Json;

namespace Millis.AspNetCore;

/// <summary>
/// A <c>stream_id</c> of the custom-LLM protocol. Millis does not say whether ids are strings or numbers, so the id
/// remembers which it was and is echoed back in the same JSON form. Two ids are equal when their text is.
/// </summary>
public readonly struct MillisStreamId : IEquatable<MillisStreamId>
{
    private readonly string? _value;

    private MillisStreamId(string value, bool isNumber)
    {
        _value = value;
        IsNumber = isNumber;
    }

    /// <summary>The id's text (a number's JSON text); empty for <c>default</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True when the id arrived as a JSON number (and is written back as one).</summary>
    public bool IsNumber { get; }

    /// <summary>True for <c>default</c>: no id was sent.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>An id sent as a JSON string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static MillisStreamId FromString(string value) => new(value ?? throw new ArgumentNullException(nameof(value)), false);

    /// <summary>An id sent as a JSON number.</summary>
    public static MillisStreamId FromNumber(long value) => new(value.ToString(CultureInfo.InvariantCulture), true);

    /// <summary>Equal when the texts are equal (ordinal), whatever JSON form each arrived in.</summary>
    public static bool operator ==(MillisStreamId left, MillisStreamId right) => left.Equals(right);

    /// <summary>Not equal when the texts differ.</summary>
    public static bool operator !=(MillisStreamId left, MillisStreamId right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(MillisStreamId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MillisStreamId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The id's text.</summary>
    public override string ToString() => Value;

    internal static MillisStreamId Read(JsonElement data, string name = "stream_id") =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => new MillisStreamId(id.GetString()!, false),
                JsonValueKind.Number => new MillisStreamId(id.GetRawText(), true),
                _ => default,
            }
            : default;

    internal void WriteTo(Utf8JsonWriter writer, string name = "stream_id")
    {
        if (IsEmpty)
        {
            return;
        }

        writer.WritePropertyName(name);
        if (IsNumber)
        {
            writer.WriteRawValue(Value, skipInputValidation: false);
        }
        else
        {
            writer.WriteStringValue(Value);
        }
    }
}
