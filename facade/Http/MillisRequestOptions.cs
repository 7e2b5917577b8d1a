namespace Millis.Http;

/// <summary>Extras for one call of the low-level <c>MillisClient.SendAsync</c> (headers added per attempt).</summary>
internal sealed class MillisRequestOptions
{
    public MillisRequestOptions(IReadOnlyList<KeyValuePair<string, string>> headers) => Headers = headers;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
}
