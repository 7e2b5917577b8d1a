using Millis.Models;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis;

/// <summary>The answer to a <see cref="MillisRequest"/>: a 2xx status, its headers and its body, readable as any model.</summary>
public sealed class MillisResponse
{
    internal MillisResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, string body)
    {
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
    }

    /// <summary>The status the server answered with (a 2xx; errors are thrown as <see cref="MillisApiException"/>).</summary>
    public int StatusCode { get; }

    /// <summary>Response and content headers.</summary>
    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The body as text, exactly as received (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>The body as JSON, or its text when it is not JSON (see <see cref="MillisResult"/>).</summary>
    public MillisResult Json => new(Untyped());

    /// <summary>
    /// Reads the body as <typeparamref name="T"/> with the SDK's tolerant rules: a value that does not fit stays raw on
    /// its model (<see cref="MillisModel.ReadProblems"/>) instead of failing.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public T? As<T>()
    {
        using var body = CharBody.FromText(Body);
        return body.IsBlank() ? default : ResponseReader.Read<T>(body, MillisJson.Settings, strict: false, []);
    }

    /// <summary>Status and body length (the body may hold personal data).</summary>
    public override string ToString() => $"MillisResponse {{ StatusCode = {StatusCode}, Body = {Body.Length} chars }}";

    private JToken? Untyped()
    {
        if (string.IsNullOrWhiteSpace(Body))
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(new StringReader(Body)) { DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader);
        }
        catch (JsonReaderException)
        {
            return new JValue(Body);
        }
    }
}
