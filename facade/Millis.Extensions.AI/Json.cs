using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.AI;
using Newtonsoft.Json.Linq;

namespace Millis.Extensions.AI;

/// <summary>
/// The seam between the two JSON libraries: Microsoft.Extensions.AI values (System.Text.Json, through
/// <see cref="AIJsonUtilities.DefaultOptions"/>) and the Millis models (Newtonsoft.Json).
/// </summary>
internal static class Json
{
    // Microsoft.Extensions.AI's defaults (its resolver, enums as strings, ...) but compact: this JSON goes on the wire.
    private static readonly JsonSerializerOptions Options = Compact();

    private static readonly JsonTypeInfo<IDictionary<string, object?>> Arguments =
        (JsonTypeInfo<IDictionary<string, object?>>)Options.GetTypeInfo(typeof(IDictionary<string, object?>));

    private static readonly JsonTypeInfo Any = Options.GetTypeInfo(typeof(object));

    /// <summary>A function call's arguments as the JSON object text the API carries.</summary>
    public static string SerializeArguments(IDictionary<string, object?>? arguments) =>
        arguments is null ? "{}" : JsonSerializer.Serialize(arguments, Arguments);

    /// <summary>The API's argument text as the dictionary <see cref="FunctionCallContent"/> holds (values are <see cref="JsonElement"/>s).</summary>
    public static IDictionary<string, object?>? ParseArguments(string json) =>
        string.IsNullOrWhiteSpace(json) ? new Dictionary<string, object?>() : JsonSerializer.Deserialize(json, Arguments);

    /// <summary>A function result as the text of a tool message: strings as they are, anything else as JSON.</summary>
    public static string ResultText(object? result) => result switch
    {
        null => string.Empty,
        string text => text,
        JsonElement element => element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText(),
        _ => JsonSerializer.Serialize(result, Any),
    };

    /// <summary>A value for <c>agent.metadata</c>: primitives as they are, anything else through its JSON.</summary>
    public static object ToMetadataValue(object? value) => value switch
    {
        null => JValue.CreateNull(),
        string or bool or int or long or double or float or decimal or short or byte or uint or ulong => value,
        JsonElement element => JToken.Parse(element.GetRawText()),
        _ => JToken.Parse(JsonSerializer.Serialize(value, Any)),
    };

    private static JsonSerializerOptions Compact()
    {
        var options = new JsonSerializerOptions(AIJsonUtilities.DefaultOptions) { WriteIndented = false };
        options.MakeReadOnly();
        return options;
    }
}
