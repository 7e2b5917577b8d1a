using System.Reflection;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Millis.Serialization;

/// <summary>
/// Newtonsoft's contract resolver, with the scalar properties of models made exact when a response is read
/// (through <see cref="MillisJsonReader"/>): a value of another JSON type is refused instead of coerced (<c>false</c>
/// into a string property would be written back as <c>"false"</c>), so it becomes a read problem and stays raw; and a
/// number the property cannot hold as written hands its exact text to the model, which writes that text back.
/// </summary>
internal sealed class MillisContractResolver : DefaultContractResolver
{
    public static readonly MillisContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (property.DeclaringType is { } declaring && typeof(MillisModel).IsAssignableFrom(declaring)
            && KindOf(property.PropertyType) is { } kind && property.ValueProvider is { } inner && property.PropertyName is { } jsonName)
        {
            property.ValueProvider = new ExactScalarValueProvider(inner, jsonName, kind);
        }

        return property;
    }

    private static ValueKind? KindOf(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type == typeof(string) ? ValueKind.String
            : type == typeof(bool) ? ValueKind.Boolean
            : type == typeof(double) || type == typeof(float) || type == typeof(decimal) || type == typeof(long) || type == typeof(int) ? ValueKind.Number
            : null;
    }

    private sealed class ExactScalarValueProvider(IValueProvider inner, string jsonName, ValueKind kind) : IValueProvider
    {
        public object? GetValue(object target) => inner.GetValue(target);

        public void SetValue(object target, object? value)
        {
            var reader = ExactReading.Current;
            if (reader is not null && value is not null && reader.CurrentValueKind() is { } found && found != kind)
            {
                // Thrown here, it becomes a handled read problem: the property stays empty, the raw value is kept.
                throw new JsonSerializationException($"Expected {ExactReading.Describe(kind)}, found {ExactReading.Describe(found)}.");
            }

            inner.SetValue(target, value);
            if (kind == ValueKind.Number && reader?.TakeInexactNumber() is { } text && target is MillisModel model)
            {
                model.KeepRaw(jsonName, new Newtonsoft.Json.Linq.JRaw(text));
            }
        }
    }
}
