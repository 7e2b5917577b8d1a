using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// Base of every model of the API. A model remembers which fields hold a value, so that it is written exactly as it
/// was built or read: a field you never set, or set to <c>null</c>, is absent on the wire (the server applies its own
/// default); <see cref="SetNull"/> sends an explicit JSON <c>null</c> (to clear a field on the server); and a model
/// read from the API and written back sends what the server sent (nulls, unknown fields and values this SDK could not
/// read included) except what you changed.
/// </summary>
/// <remarks>
/// Serializing a model with Newtonsoft.Json (any settings) goes through this rule. Models are not thread-safe.
/// </remarks>
[JsonConverter(typeof(MillisModelConverter))]
public abstract class MillisModel
{
    private ModelShape? _shape;
    private ulong _present;
    private ulong _changed;
    private HashSet<int>? _presentMore;
    private HashSet<int>? _changedMore;
    private bool _reading;
    private bool _wasRead;
    private Dictionary<string, JToken>? _raw;
    private Dictionary<string, object?>? _additional;
    private List<MillisReadProblem>? _problems;

    /// <summary>Creates an empty model: no field holds a value until you set one.</summary>
    protected MillisModel()
    {
    }

    /// <summary>
    /// Fields of the JSON object that this SDK version has no property for, by JSON name, as read (JSON values) or as
    /// you added them. They are written back unchanged.
    /// </summary>
    [JsonIgnore]
    public IDictionary<string, object?> AdditionalProperties => _additional ??= new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>
    /// What could not be read into this model's properties when it came from the API (a value of the wrong type, a
    /// required field missing or null). The property then holds no value; the raw JSON is kept
    /// (<see cref="TryGetRawJson"/>) and written back unchanged. Empty when everything was read.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<MillisReadProblem> ReadProblems => (IReadOnlyList<MillisReadProblem>?)_problems ?? [];

    /// <summary>True when the property (by its C# name, e.g. <c>nameof(Agent.Name)</c>) holds a value that will be written.</summary>
    /// <exception cref="ArgumentException">The type has no such property.</exception>
    public bool IsSet(string propertyName) => Has(ref _present, _presentMore, Shape.IndexOf(propertyName, GetType()));

    /// <summary>
    /// Sends the property (by its C# name) as an explicit JSON <c>null</c>, e.g. to remove a field in a partial update.
    /// Its C# value becomes null. Setting a value afterwards replaces the null.
    /// </summary>
    /// <exception cref="ArgumentException">The type has no such property, or the API does not accept null there (the
    /// property is a non-nullable number, boolean or enum); set a value, or <see cref="Unset"/> it to leave it out.</exception>
    public void SetNull(string propertyName)
    {
        var index = Shape.IndexOf(propertyName, GetType());
        var property = GetType().GetProperty(propertyName)!;
        if (property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null)
        {
            // Writing the type's default instead would send a value the caller never chose (false, 0).
            throw new ArgumentException(
                $"{GetType().Name}.{propertyName} cannot be null: the API takes a {property.PropertyType.Name} there. Set a value, or call Unset(\"{propertyName}\") to leave it out of the request.",
                nameof(propertyName));
        }

        property.SetValue(this, null);
        Set(ref _present, ref _presentMore, index);
        Set(ref _changed, ref _changedMore, index);
        _raw?.Remove(Shape.JsonNameAt(index));
    }

    /// <summary>Forgets the property's value (by its C# name): it will be absent on the wire. Its C# value is left as is.</summary>
    /// <exception cref="ArgumentException">The type has no such property.</exception>
    public void Unset(string propertyName)
    {
        var index = Shape.IndexOf(propertyName, GetType());
        Clear(ref _present, ref _presentMore, index);
        Clear(ref _changed, ref _changedMore, index);
        _raw?.Remove(Shape.JsonNameAt(index));
    }

    /// <summary>
    /// The JSON of a field as the API sent it, when this SDK kept it raw: a value it could not read into the property,
    /// or a number whose text the property's type cannot hold exactly (it is written back as received).
    /// </summary>
    /// <param name="jsonName">The field's JSON name, e.g. <c>created_at</c>.</param>
    /// <param name="json">The raw JSON text; null when nothing raw is kept for the field.</param>
    public bool TryGetRawJson(string jsonName, out string? json)
    {
        json = _raw is not null && _raw.TryGetValue(jsonName, out var token) ? token.ToString(Formatting.None) : null;
        return json is not null;
    }

    /// <summary>The type name and the ids it holds, e.g. <c>Agent { id = "a1" }</c>; never secrets or other field values.</summary>
    public override string ToString() => ModelText.Describe(this);

    /// <summary>
    /// Sets a property's backing field and records whether the property holds a value: a value does, null does not
    /// (except when read from the API, where a null is kept to be written back). Called by the generated setters.
    /// </summary>
    /// <typeparam name="T">The property type.</typeparam>
    /// <param name="storage">The backing field.</param>
    /// <param name="value">The new value.</param>
    /// <param name="propertyName">The property's C# name (supplied by the compiler).</param>
    /// <returns>Always true: setting a value marks it, equal or not.</returns>
    protected bool SetProperty<T>(ref T storage, T value, [CallerMemberName] string? propertyName = null)
    {
        storage = value;
        var index = Shape.IndexOf(propertyName!, GetType());
        if (_reading)
        {
            Set(ref _present, ref _presentMore, index);
            return true;
        }

        if (value is null)
        {
            Clear(ref _present, ref _presentMore, index);
        }
        else
        {
            Set(ref _present, ref _presentMore, index);
        }

        Set(ref _changed, ref _changedMore, index);
        _raw?.Remove(Shape.JsonNameAt(index));
        return true;
    }

    /// <summary>Where Newtonsoft puts fields that match no property (and takes them from, for its own writer).</summary>
    [JsonExtensionData]
    private IDictionary<string, object?> ExtensionData
    {
        get => AdditionalProperties;
        set => _additional = value is Dictionary<string, object?> d ? d : new Dictionary<string, object?>(value, StringComparer.Ordinal);
    }

    /// <summary>For a list item of the wrong JSON type: the item as received, written back in place of the object.</summary>
    internal JToken? WholeRaw { get; set; }

    internal ModelShape Shape => _shape ??= ModelShape.Of(GetType());

    internal bool IsPresent(int index) => Has(ref _present, _presentMore, index);

    internal bool IsChanged(int index) => Has(ref _changed, _changedMore, index);

    internal Dictionary<string, object?>? AdditionalOrNull => _additional;

    internal JToken? RawOf(string jsonName) => _raw is not null && _raw.TryGetValue(jsonName, out var token) ? token : null;

    internal bool HasRaw => _raw is { Count: > 0 };

    internal void KeepRaw(string jsonName, JToken raw) => (_raw ??= new Dictionary<string, JToken>(StringComparer.Ordinal))[jsonName] = raw;

    internal void AddProblem(MillisReadProblem problem) => (_problems ??= []).Add(problem);

    /// <summary>True when this model would be written even if nobody set it on its parent: it was read from JSON (an empty
    /// <c>{}</c> included), or holds a value set, a raw value or an unknown field.</summary>
    /// <summary>True when this model was read from JSON (a response, or a copy through the wire format).</summary>
    internal bool WasRead => _wasRead;

    internal bool HasContent => _wasRead || _present != 0 || _presentMore is { Count: > 0 } || _raw is { Count: > 0 } || _additional is { Count: > 0 };

    /// <summary>Checks a model's own rules before it is sent (a discriminator matching its shape); add problems, never throw.</summary>
    internal virtual void Validate(string path, RequestProblems problems)
    {
    }

    [OnDeserializing]
    private void OnDeserializing(StreamingContext context)
    {
        _reading = true;
        _wasRead = true;
    }

    [OnDeserialized]
    private void OnDeserialized(StreamingContext context) => _reading = false;

    private static bool Has(ref ulong bits, HashSet<int>? more, int index) =>
        index < 64 ? (bits & (1UL << index)) != 0 : more?.Contains(index) == true;

    private static void Set(ref ulong bits, ref HashSet<int>? more, int index)
    {
        if (index < 64)
        {
            bits |= 1UL << index;
        }
        else
        {
            (more ??= []).Add(index);
        }
    }

    private static void Clear(ref ulong bits, ref HashSet<int>? more, int index)
    {
        if (index < 64)
        {
            bits &= ~(1UL << index);
        }
        else
        {
            more?.Remove(index);
        }
    }
}
