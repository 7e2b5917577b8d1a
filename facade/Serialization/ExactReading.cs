using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Serialization;

/// <summary>A reader that can hand over the exact text of a number its value could not be written back as.</summary>
internal interface IExactReader
{
    string? TakeInexactNumber();
}

/// <summary>
/// Which exact reader is deserializing on this thread (Newtonsoft deserializes synchronously), so the contract
/// resolver's value providers can keep a number's exact text on its model. Outside the SDK's own reading, none is
/// active and Newtonsoft behaves as usual.
/// </summary>
internal static class ExactReading
{
    [ThreadStatic]
    private static IExactReader? _current;

    public static IExactReader? Current => _current;

    public static IDisposable Activate(IExactReader reader)
    {
        var previous = _current;
        _current = reader;
        return new Restore(previous);
    }

    public static string Describe(ValueKind kind) => kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Number => "a number",
        _ => "a boolean",
    };

    /// <summary>Deserializes a buffered token (a union's form) while no exact text is available for its numbers.</summary>
    public static T? ToObject<T>(JToken token, JsonSerializer serializer)
    {
        using var reader = new JTokenReader(token);
        using (Activate(NoText.Instance))
        {
            return serializer.Deserialize<T>(reader);
        }
    }

    private sealed class Restore(IExactReader? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }

    private sealed class NoText : IExactReader
    {
        public static readonly NoText Instance = new();

        public string? TakeInexactNumber() => null;
    }
}
