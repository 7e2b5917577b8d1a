using System.Globalization;
using System.Text.Json;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// Reads known fields of a JSON object leniently. A field of an unexpected kind is not an error: it is remembered as
/// unread and kept raw, so the caller can deliver everything else and log the field names (never the values).
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly JsonElement _object;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonElement> _raw = new(StringComparer.Ordinal);
    private readonly List<string> _unread = new();

    public JsonObjectReader(JsonElement obj) => _object = obj;

    /// <summary>Known fields of an unexpected kind, in reading order.</summary>
    public IReadOnlyList<string> Unread => _unread;

    /// <summary>Fields never asked for: the ones this version does not know.</summary>
    public IReadOnlyList<string> Unknown()
    {
        var unknown = new List<string>();
        foreach (var property in _object.EnumerateObject())
        {
            if (!_seen.Contains(property.Name) && !_raw.ContainsKey(property.Name))
            {
                unknown.Add(property.Name);
                _raw[property.Name] = property.Value.Clone();
            }
        }

        return unknown;
    }

    /// <summary>Unknown fields and fields of an unexpected kind, raw.</summary>
    public IReadOnlyDictionary<string, JsonElement> Raw => _raw;

    public bool TryGet(string name, out JsonElement value)
    {
        _seen.Add(name);
        if (_object.TryGetProperty(name, out value) && value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined)
        {
            return true;
        }

        return false;
    }

    /// <summary>A string; a number is taken as its text (ids sometimes arrive as numbers).</summary>
    public string? String(string name) =>
        !TryGet(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : Mark(name, value);

    /// <summary>A number; a numeric string is accepted too.</summary>
    public double? Number(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Mark(name, value);
        return null;
    }

    public bool? Boolean(string name) =>
        !TryGet(name, out var value) ? null
        : value.ValueKind == JsonValueKind.True ? true
        : value.ValueKind == JsonValueKind.False ? false
        : value.ValueKind == JsonValueKind.String && bool.TryParse(value.GetString(), out var parsed) ? parsed
        : MarkNull(name, value);

    public JsonElement? Object(string name) =>
        !TryGet(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Object ? value.Clone()
        : MarkElement(name, value);

    public IReadOnlyList<JsonElement> Array(string name)
    {
        if (!TryGet(name, out var value))
        {
            return System.Array.Empty<JsonElement>();
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Mark(name, value);
            return System.Array.Empty<JsonElement>();
        }

        return value.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    public IReadOnlyDictionary<string, JsonElement> Map(string name)
    {
        var map = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (Object(name) is { } obj)
        {
            foreach (var property in obj.EnumerateObject())
            {
                map[property.Name] = property.Value.Clone();
            }
        }

        return map;
    }

    /// <summary>Records a known field as unread and keeps it raw.</summary>
    public void MarkUnread(string name, JsonElement value)
    {
        if (!_raw.ContainsKey(name))
        {
            _unread.Add(name);
            _raw[name] = value.Clone();
        }
    }

    private string? Mark(string name, JsonElement value)
    {
        MarkUnread(name, value);
        return null;
    }

    private bool? MarkNull(string name, JsonElement value)
    {
        MarkUnread(name, value);
        return null;
    }

    private JsonElement? MarkElement(string name, JsonElement value)
    {
        MarkUnread(name, value);
        return null;
    }
}
