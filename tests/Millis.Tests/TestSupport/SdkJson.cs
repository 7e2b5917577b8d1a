using Millis.Models;
using Millis.Serialization;
using Newtonsoft.Json;

namespace Millis.Tests.TestSupport;

/// <summary>Reads and writes JSON the way the SDK does on the wire (the tolerant response reader and the model writer).</summary>
internal static class SdkJson
{
    public static T Read<T>(string json) => Read<T>(json, out _);

    public static T Read<T>(string json, out List<MillisReadProblem> problems)
    {
        problems = [];
        using var body = CharBody.FromText(json);
        return ResponseReader.Read<T>(body, MillisJson.Settings, strict: false, problems)!;
    }

    public static string Write(object? value) => JsonConvert.SerializeObject(value, MillisJson.Settings);
}
