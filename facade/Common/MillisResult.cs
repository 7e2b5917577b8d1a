using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis;

/// <summary>
/// The body of an operation whose response the API does not describe (its spec schema is <c>{}</c>), kept as JSON.
/// Read fields with <see cref="GetString"/> or convert with <see cref="As{T}"/>; nothing the server sent is lost.
/// </summary>
public sealed class MillisResult
{
    private readonly JToken _json;

    internal MillisResult(object? body) => _json = body switch
    {
        null => JValue.CreateNull(),
        JToken token => token,
        _ => JToken.FromObject(body),
    };

    /// <summary>The body as compact JSON text.</summary>
    public string Json => _json.ToString(Formatting.None);

    /// <summary>True when the body is a JSON object (then <see cref="GetString"/> can read its fields).</summary>
    public bool IsObject => _json.Type == JTokenType.Object;

    /// <summary>A top-level field as text (numbers and booleans in their JSON form); null when absent or the body is not an object.</summary>
    public string? GetString(string name) =>
        _json is JObject obj && obj[name] is { } value && value.Type != JTokenType.Null
            ? value.Type == JTokenType.String ? (string?)value : value.ToString(Formatting.None)
            : null;

    /// <summary>The body as a bare string when the server answered with a JSON string (e.g. <c>"ok"</c>); otherwise null.</summary>
    public string? AsString() => _json.Type == JTokenType.String ? (string?)_json : null;

    /// <summary>Converts the body to a type of yours.</summary>
    /// <exception cref="JsonException">The body does not fit <typeparamref name="T"/>.</exception>
    public T? As<T>() => _json.ToObject<T>();

    /// <summary>The JSON text.</summary>
    public override string ToString() => Json;
}
