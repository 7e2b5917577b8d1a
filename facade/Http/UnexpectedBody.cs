using System.Net.Http;

namespace Millis.Http;

/// <summary>The words for a 2xx whose body could not be read: what arrived, never a CLR type name.</summary>
internal static class UnexpectedBody
{
    public static string Describe(HttpResponseMessage response, Exception? reason)
    {
        var contentType = response.Content?.Headers.ContentType?.ToString();
        var path = reason switch
        {
            Newtonsoft.Json.JsonSerializationException { Path: { Length: > 0 } p } => p,
            Newtonsoft.Json.JsonReaderException { Path: { Length: > 0 } p } => p,
            _ => null,
        };
        var why = reason is null ? "" : ": " + FirstSentence(reason.Message) + (path is null ? "" : $" (at {path})");
        return $"unexpected response body (content type {contentType ?? "none"}){why}";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut < 0 ? message.TrimEnd('.') : message.Substring(0, cut);
    }
}
