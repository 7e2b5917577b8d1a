using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>One step of a FastAPI validation error's <c>loc</c>: a field name or an array index.</summary>
[JsonConverter(typeof(ValidationLocationSegmentJsonConverter))]
public sealed class ValidationLocationSegment : JsonUnion
{
    /// <summary>Creates a field-name step.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ValidationLocationSegment(string name) => Name = name ?? throw new ArgumentNullException(nameof(name));

    /// <summary>Creates an array-index step.</summary>
    public ValidationLocationSegment(int index) => Index = index;

    private ValidationLocationSegment(JToken unknown, string reason)
        : base(unknown, reason)
    {
    }

    /// <summary>The field name; null for an index step.</summary>
    public string? Name { get; }

    /// <summary>The array index; null for a name step.</summary>
    public int? Index { get; }

    /// <summary>True for a field-name step.</summary>
    public bool IsName => Name is not null;

    /// <summary>True for an array-index step.</summary>
    public bool IsIndex => Index is not null;

    /// <summary>Wraps a field name.</summary>
    public static implicit operator ValidationLocationSegment(string name) => new(name);

    /// <summary>Wraps an array index.</summary>
    public static implicit operator ValidationLocationSegment(int index) => new(index);

    /// <summary>Maps the step to a value.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public TResult Match<TResult>(Func<string, TResult> name, Func<int, TResult> index, Func<string, TResult>? unknown = null) =>
        Name is not null ? name(Name)
        : Index is { } i ? index(i)
        : unknown is not null ? unknown(UnknownJson!) : throw UnknownFormError();

    /// <summary>Runs the action for the step held.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public void Switch(Action<string> name, Action<int> index, Action<string>? unknown = null) =>
        Match<object?>(n => { name(n); return null; }, i => { index(i); return null; }, unknown is null ? null : j => { unknown(j); return null; });

    /// <summary>Gets the field name if that is the form held.</summary>
    public bool TryPickName([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? name)
    {
        name = Name;
        return name is not null;
    }

    /// <summary>Gets the array index if that is the form held.</summary>
    public bool TryPickIndex(out int index)
    {
        index = Index.GetValueOrDefault();
        return Index is not null;
    }

    /// <summary>The name, the index as digits, or the raw JSON of an unknown step.</summary>
    public override string ToString() => Name ?? Index?.ToString(CultureInfo.InvariantCulture) ?? UnknownJson ?? string.Empty;

    private sealed class ValidationLocationSegmentJsonConverter : JsonUnionConverter<ValidationLocationSegment>
    {
        protected override string AcceptedForms => "a field name (string) or an array index (integer)";

        protected override ValidationLocationSegment? Read(JToken token, JsonSerializer serializer) =>
            token.Type == JTokenType.String ? new ValidationLocationSegment((string)token!)
            : TryInt32(token) is { } i ? new ValidationLocationSegment(i)
            : null;

        protected override ValidationLocationSegment CreateUnknown(JToken token, string reason) => new(token, reason);

        protected override void Write(JsonWriter writer, ValidationLocationSegment value, JsonSerializer serializer)
        {
            if (value.Name is not null)
            {
                writer.WriteValue(value.Name);
            }
            else
            {
                writer.WriteValue(value.Index!.Value);
            }
        }
    }
}
