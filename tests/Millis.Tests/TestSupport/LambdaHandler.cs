using System.Net.Http;

namespace Millis.Tests.TestSupport;

/// <summary>A handler running a delegate per request (MockHttp cannot throw from a response delegate); counts attempts.</summary>
internal sealed class LambdaHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> send) : HttpMessageHandler
{
    private int _attempts;

    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        send(request, Interlocked.Increment(ref _attempts), cancellationToken);

    public static MillisClient Client(LambdaHandler handler, Action<MillisClientOptions>? configure = null)
    {
        var options = new MillisClientOptions { ApiKey = ApiStub.Key, BaseUrl = new Uri("https://api.test/"), MaxRetries = 0 };
        configure?.Invoke(options);
        return new MillisClient(new HttpClient(handler), options);
    }
}
