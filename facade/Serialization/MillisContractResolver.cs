using System.Reflection;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Millis.Serialization;

/// <summary>
/// Newtonsoft's contract resolver, with the scalars of models read exactly (<see cref="StrictScalarConverter"/>: a
/// value of another JSON type is refused instead of coerced, so it becomes a read problem and stays raw) and a number
/// the property cannot hold as written handed to its model, which writes that text back.
/// </summary>
internal sealed class MillisContractResolver : DefaultContractResolver
{
    public static readonly MillisContractResolver Instance = new();

    protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
    {
        var property = base.CreateProperty(member, memberSerialization);
        if (property.DeclaringType is { } owner && typeof(MillisModel).IsAssignableFrom(owner))
        {
            // NSwag marks optional fields NullValueHandling.Ignore, which would make reading skip a null the server
            // sent: the model would not know the field was there. Writing is MillisModelConverter's, which writes what
            // the model holds.
            property.NullValueHandling = NullValueHandling.Include;
            if (StrictScalarConverter.For(property.PropertyType) is null && property.ValueProvider is { } objectProvider)
            {
                property.ValueProvider = new NoEmptyStringValueProvider(objectProvider);
            }
        }

        if (property.DeclaringType is { } declaring && typeof(MillisModel).IsAssignableFrom(declaring)
            && StrictScalarConverter.For(property.PropertyType) is { } converter && property.ValueProvider is { } inner && property.PropertyName is { } jsonName)
        {
            property.Converter ??= converter;
            if (converter == StrictScalarConverter.Number)
            {
                property.ValueProvider = new ExactNumberValueProvider(inner, jsonName);
            }
        }

        return property;
    }

    protected override JsonDictionaryContract CreateDictionaryContract(Type objectType)
    {
        var contract = base.CreateDictionaryContract(objectType);
        contract.ItemConverter ??= StrictScalarConverter.ForItems(contract.DictionaryValueType);
        return contract;
    }

    protected override JsonArrayContract CreateArrayContract(Type objectType)
    {
        var contract = base.CreateArrayContract(objectType);
        contract.ItemConverter ??= StrictScalarConverter.ForItems(contract.CollectionItemType);
        return contract;
    }

    /// <summary>Newtonsoft reads <c>""</c> into an object, list or map as null; here that is a wrong type, kept raw.</summary>
    private sealed class NoEmptyStringValueProvider(IValueProvider inner) : IValueProvider
    {
        public object? GetValue(object target) => inner.GetValue(target);

        public void SetValue(object target, object? value)
        {
            if (value is null && ExactReading.Current is JsonReader { TokenType: JsonToken.String })
            {
                throw new JsonSerializationException("Expected an object, a list or null, found a string.");
            }

            inner.SetValue(target, value);
        }
    }

    private sealed class ExactNumberValueProvider(IValueProvider inner, string jsonName) : IValueProvider
    {
        public object? GetValue(object target) => inner.GetValue(target);

        public void SetValue(object target, object? value)
        {
            inner.SetValue(target, value);
            if (ExactReading.Current?.TakeInexactNumber() is { } text && target is MillisModel model)
            {
                model.KeepRaw(jsonName, new Newtonsoft.Json.Linq.JRaw(text));
            }
        }
    }
}
