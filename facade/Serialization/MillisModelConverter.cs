using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Millis.Serialization;

/// <summary>
/// Writes a <see cref="MillisModel"/> as exactly what it holds: the fields set or read (an explicit null included),
/// a field kept raw written as received unless the caller changed it, and unknown fields after the known ones.
/// Reading is left to Newtonsoft's own object contract (<see cref="CanRead"/> is false).
/// </summary>
internal sealed class MillisModelConverter : JsonConverter
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonObjectContract, JsonProperty?[]> ByIndexCache = new();

    public override bool CanRead => false;

    public override bool CanConvert(Type objectType) => typeof(MillisModel).IsAssignableFrom(objectType);

    public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("MillisModel is read by Newtonsoft's object contract.");

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not MillisModel model)
        {
            writer.WriteNull();
            return;
        }

        if (model.WholeRaw is { } whole)
        {
            whole.WriteTo(writer);
            return;
        }

        var contract = serializer.ContractResolver.ResolveContract(model.GetType()) as JsonObjectContract
            ?? throw new JsonSerializationException($"{model.GetType().Name} is not serialized as a JSON object.");
        writer.WriteStartObject();
        var shape = model.Shape;
        var byIndex = PropertiesByIndex(contract, shape);

        // In declaration order, which the codegen keeps equal to the vendor's field order (see rule stable-order).
        for (var index = 0; index < byIndex.Length; index++)
        {
            if (byIndex[index] is { } property)
            {
                WriteProperty(writer, model, property, index, serializer);
            }
        }

        if (model.AdditionalOrNull is { Count: > 0 } additional)
        {
            foreach (var pair in additional)
            {
                if (shape.HasJsonName(pair.Key))
                {
                    continue;
                }

                writer.WritePropertyName(pair.Key);
                WriteValue(writer, pair.Value, null, serializer);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteProperty(JsonWriter writer, MillisModel model, JsonProperty property, int index, JsonSerializer serializer)
    {
        var jsonName = property.PropertyName!;
        if (!model.IsChanged(index) && model.RawOf(jsonName) is { } raw)
        {
            writer.WritePropertyName(jsonName);
            raw.WriteTo(writer);
            return;
        }

        var current = property.ValueProvider!.GetValue(model);
        if (!model.IsPresent(index) && !ModelContent.Has(current, serializer.ContractResolver))
        {
            return;
        }

        writer.WritePropertyName(jsonName);
        WriteValue(writer, current, property, serializer);
    }

    /// <summary>The contract's properties by the model's property index (null where a contract property maps to none, or was ignored).</summary>
    private static JsonProperty?[] PropertiesByIndex(JsonObjectContract contract, ModelShape shape) =>
        ByIndexCache.GetValue(contract, c => BuildByIndex(c, shape));

    private static JsonProperty?[] BuildByIndex(JsonObjectContract contract, ModelShape shape)
    {
        var byIndex = new JsonProperty?[shape.Count];
        foreach (var property in contract.Properties)
        {
            if (!property.Ignored && property.Readable && property.UnderlyingName is { } name && shape.IndexOfName(name) is { } index)
            {
                byIndex[index] = property;
            }
        }

        return byIndex;
    }

    private static void WriteValue(JsonWriter writer, object? value, JsonProperty? property, JsonSerializer serializer)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case JToken token:
                token.WriteTo(writer);
                break;
            default:
                if (property?.Converter is { CanWrite: true } converter)
                {
                    converter.WriteJson(writer, value, serializer);
                }
                else
                {
                    serializer.Serialize(writer, value);
                }

                break;
        }
    }
}
