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
        contract.ItemConverter ??= StrictScalarConverter.For(contract.DictionaryValueType);
        return contract;
    }

    protected override JsonArrayContract CreateArrayContract(Type objectType)
    {
        var contract = base.CreateArrayContract(objectType);
        contract.ItemConverter ??= StrictScalarConverter.For(contract.CollectionItemType);
        return contract;
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
