using System.Net.Http;

namespace Millis.Examples.Support;

/// <summary>
/// For the local mock only: asks Prism for one of the responses the spec declares, with the <c>Prefer</c> request header
/// (<c>Prefer: code=404</c>; Prism answers 404 "not defined" for a code the operation does not declare). The real API
/// ignores the header. Any code of yours can do the same: put this handler in front of the HttpClient you give
/// <c>new MillisClient(httpClient, options)</c>, or add it with <c>services.AddMillis(...).AddHttpMessageHandler(...)</c>.
/// </summary>
public sealed class MockPreferHandler(int statusCode) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("Prefer", $"code={statusCode}");
        return base.SendAsync(request, cancellationToken);
    }
}
