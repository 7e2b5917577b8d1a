// CUSTOM:
// - Supplies the exception NSwag's raw clients throw (nswag.json: generateExceptionClasses = false), so it is
//   internal: facade/Http/ErrorTranslation.cs turns it into a public MillisApiException and it never reaches users.
// - Keeps the response body and headers so the translation can read FastAPI's "detail" and any request id.
namespace Millis.Generated;

/// <summary>A non-success response as seen by a generated raw client.</summary>
internal class MillisRawApiException : Exception
{
    public MillisRawApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    public int StatusCode { get; }

    public string? Response { get; }

    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    /// <summary>The same failure with the status the server really sent (a 2xx is presented to NSwag as 200).</summary>
    public MillisRawApiException WithStatus(int statusCode) => new(Message, statusCode, Response, Headers, InnerException);
}

/// <summary>A non-success response whose body matched a declared error schema.</summary>
internal sealed class MillisRawApiException<TResult> : MillisRawApiException
{
    public MillisRawApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    public TResult Result { get; }
}
