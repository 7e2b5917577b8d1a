using System.Text.Json;
using System.Text.Json.Serialization;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// How tool arguments are named and read: snake_case wire names (Millis's own convention), matched case-insensitively,
/// numbers accepted as strings, enums as their names. One place, so that the declared <c>params[]</c> and the binding agree.
/// </summary>
internal static class ToolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string WireName(string propertyName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);
}
