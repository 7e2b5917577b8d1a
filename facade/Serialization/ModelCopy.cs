using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Serialization;

/// <summary>
/// Copies a model into another type of the same shape through its JSON, written and read the way the wire is: the
/// copy holds exactly the fields the source holds (raw values, unknown fields and explicit nulls included) and shares
/// nothing with it.
/// </summary>
internal static class ModelCopy
{
    public static T As<T>(object source)
        where T : class
    {
        var json = JsonConvert.SerializeObject(source, MillisJson.Settings);
        using var body = CharBody.FromText(json);
        return ResponseReader.Read<T>(body, MillisJson.Settings, strict: false, [])
            ?? throw new InvalidOperationException($"A {source.GetType().Name} could not be copied as {typeof(T).Name}.");
    }
}
