using System.Globalization;
using Newtonsoft.Json;

namespace Millis.Serialization;

/// <summary>The serializer settings of every request and response: strings stay strings, nothing is added or dropped.</summary>
internal static class MillisJson
{
    public static JsonSerializerSettings CreateSettings() => new()
    {
        ContractResolver = MillisContractResolver.Instance,
        // A date-like string is a string: read as a date it would be written back shifted to the machine's zone.
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Double,
        // "$type", "$id" in a response are data, not instructions to the deserializer.
        MetadataPropertyHandling = MetadataPropertyHandling.Ignore,
        TypeNameHandling = TypeNameHandling.None,
        Culture = CultureInfo.InvariantCulture,
        MaxDepth = 256,
        // A required object starts as new X(); reading must replace it (calling the setter, which records the field)
        // rather than fill it in place.
        ObjectCreationHandling = ObjectCreationHandling.Replace,
    };

    /// <summary>One shared instance: settings and the contract cache are read-only after start-up.</summary>
    public static JsonSerializerSettings Settings { get; } = CreateSettings();
}
