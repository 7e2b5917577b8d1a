using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// Base of the SDK's union types (a value that takes one of several JSON forms). A union read from the API in a form
/// this SDK version does not know is kept as raw JSON, reported by <see cref="IsUnknown"/>, and written back unchanged.
/// </summary>
public abstract class JsonUnion
{
    private readonly JToken? _unknown;
    private readonly string? _unknownReason;

    /// <summary>Creates a union holding a known form.</summary>
    private protected JsonUnion()
    {
    }

    /// <summary>Creates a union holding a form this SDK version does not know.</summary>
    private protected JsonUnion(JToken unknown, string reason)
    {
        _unknown = unknown;
        _unknownReason = reason;
    }

    /// <summary>True when the API sent a form this SDK version does not know (the API grew); see <see cref="UnknownJson"/>.</summary>
    public bool IsUnknown => _unknown is not null;

    /// <summary>The raw JSON of an unknown form, exactly as received; null for a known form.</summary>
    public string? UnknownJson => _unknown?.ToString(Formatting.None);

    /// <summary>Which field held the unknown form and which forms this SDK accepts there; null for a known form.</summary>
    public string? UnknownReason => _unknownReason;

    internal JToken? UnknownToken => _unknown;

    /// <summary>The form held, checked like any request value (a union read in an unknown form is sent back as read).</summary>
    internal virtual object? Held => null;

    /// <summary>Checks the form held before it is sent; a union may add its own rules (a discriminator matching its branch).</summary>
    internal virtual void Validate(string path, RequestProblems problems, int depth) => RequestValidation.Walk(Held, path, problems, depth + 1);

    /// <summary>Builds the exception thrown when code asks an unknown union for a known form.</summary>
    private protected InvalidOperationException UnknownFormError() =>
        new($"{_unknownReason} Handle IsUnknown/UnknownJson, or update the Millis SDK.");

    /// <summary>A short description of the form held, for debugging.</summary>
    public abstract override string ToString();
}

/// <summary>Shared reading and writing for <see cref="JsonUnion"/> types: buffer the value, classify it, never lose it.</summary>
internal abstract class JsonUnionConverter<T> : JsonConverter
    where T : JsonUnion
{
    /// <summary>Human-readable list of the accepted forms, used in messages.</summary>
    protected abstract string AcceptedForms { get; }

    public sealed override bool CanConvert(Type objectType) => typeof(T).IsAssignableFrom(objectType);

    public sealed override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
    {
        if (reader.TokenType == JsonToken.Null)
        {
            return null;
        }

        var path = reader.Path;
        JToken token;

        // Date-like strings stay strings: read as dates they would be written back in another form (or time zone).
        var dateParseHandling = reader.DateParseHandling;
        reader.DateParseHandling = DateParseHandling.None;
        try
        {
            token = JToken.ReadFrom(reader);
        }
        finally
        {
            reader.DateParseHandling = dateParseHandling;
        }

        return Read(token, serializer) ?? CreateUnknown(token, $"{FieldName(path)}: expected {AcceptedForms}, found {Describe(token)}.");
    }

    public sealed override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not T union)
        {
            writer.WriteNull();
            return;
        }

        if (union.UnknownToken is { } raw)
        {
            raw.WriteTo(writer);
            return;
        }

        Write(writer, union, serializer);
    }

    /// <summary>Returns the union for a known form, or null when the token matches none.</summary>
    protected abstract T? Read(JToken token, JsonSerializer serializer);

    protected abstract T CreateUnknown(JToken token, string reason);

    protected abstract void Write(JsonWriter writer, T value, JsonSerializer serializer);

    /// <summary>Deserializes an object form, or returns null when the object does not fit the model (missing required fields, wrong types).</summary>
    protected static TModel? TryObject<TModel>(JToken token, JsonSerializer serializer)
        where TModel : class
    {
        // Stryker disable once Block : deserializing any other token into a model class throws a JsonException, which the catch below turns into null too
        if (token.Type != JTokenType.Object)
        {
            return null;
        }

        try
        {
            return Millis.Serialization.ExactReading.ToObject<TModel>(token, serializer);
        }
        // Stryker disable once Block : an emptied catch block makes Stryker return default, which is the same null
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a JSON integer that fits in an <see cref="int"/>.</summary>
    protected static int? TryInt32(JToken token) =>
        token.Type == JTokenType.Integer && token is JValue { Value: var v } && v is long l && l is >= int.MinValue and <= int.MaxValue ? (int)l
        : token.Type == JTokenType.Integer && token is JValue { Value: int i } ? i
        : null;

    private static string FieldName(string path) => string.IsNullOrEmpty(path) ? "value" : path;

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object " + Truncate(token.ToString(Formatting.None)),
        JTokenType.Array => "an array",
        JTokenType.String => $"the string \"{Truncate((string)token!)}\"",
        JTokenType.Integer or JTokenType.Float => $"the number {token.ToString(Formatting.None)}",
        JTokenType.Boolean => $"the boolean {token.ToString(Formatting.None)}",
        _ => token.Type.ToString(),
    };

    private static string Truncate(string s) => s.Length <= 80 ? s : s.Substring(0, 80) + "…";
}
