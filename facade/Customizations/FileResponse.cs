// CUSTOM:
// - Supplies NSwag's FileResponse (excluded in nswag.json) as an internal type: only the chat stream uses it, and
//   ChatClient wraps it, so it need not be public API.
// - Owns the HttpResponseMessage: disposing it closes the connection, which is how a cancelled stream lets go.
namespace Millis.Generated;

/// <summary>A response whose body is read as a stream, headers first.</summary>
internal sealed class FileResponse : IDisposable
{
    private readonly IDisposable? _client;
    private readonly IDisposable? _response;

    public FileResponse(int statusCode, IReadOnlyDictionary<string, IEnumerable<string>> headers, Stream stream, IDisposable? client, IDisposable? response)
    {
        StatusCode = statusCode;
        Headers = headers;
        Stream = stream;
        _client = client;
        _response = response;
    }

    public int StatusCode { get; }

    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }

    public Stream Stream { get; }

    public void Dispose()
    {
        Stream.Dispose();
        _response?.Dispose();
        _client?.Dispose();
    }
}
