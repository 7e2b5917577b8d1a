using System.Net;
using System.Text.Json;

namespace Millis.AspNetCore.Testing;

/// <summary>What an endpoint answered a simulated Millis request.</summary>
public sealed class MillisSimulatorResponse
{
    private static readonly JsonSerializerOptions WebOptions = new(JsonSerializerDefaults.Web);

    internal MillisSimulatorResponse(HttpStatusCode statusCode, string body, string? contentType)
    {
        StatusCode = statusCode;
        Body = body;
        ContentType = contentType;
    }

    /// <summary>The status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The body as text (empty when there was none).</summary>
    public string Body { get; }

    /// <summary>The media type of the body, e.g. <c>application/json</c>; null when none was sent.</summary>
    public string? ContentType { get; }

    /// <summary>True for a 2xx status.</summary>
    public bool IsSuccess => (int)StatusCode is >= 200 and < 300;

    /// <summary>The body parsed as JSON.</summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public JsonElement Json => JsonSerializer.Deserialize<JsonElement>(Body);

    /// <summary>The body deserialized as <typeparamref name="T"/> (web defaults unless <paramref name="options"/> are given).</summary>
    /// <exception cref="JsonException">The body is not JSON of that shape.</exception>
    public T? ReadJson<T>(JsonSerializerOptions? options = null) => JsonSerializer.Deserialize<T>(Body, options ?? WebOptions);

    /// <summary>The body as the prefetch answer Millis would read.</summary>
    /// <exception cref="JsonException">The body is not JSON of that shape.</exception>
    public PrefetchResponse? ReadPrefetchResponse() => JsonSerializer.Deserialize<PrefetchResponse>(Body);

    /// <inheritdoc/>
    public override string ToString() => $"{(int)StatusCode} {ContentType} ({Body.Length} chars)";
}
