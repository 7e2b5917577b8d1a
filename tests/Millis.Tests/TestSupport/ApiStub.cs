using System.Net;
using System.Net.Http;
using System.Text;
using Newtonsoft.Json.Linq;
using RichardSzalay.MockHttp;

namespace Millis.Tests.TestSupport;

/// <summary>One request as the mock server saw it (content read while the request was alive).</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string? Body, string? ContentType)
{
    /// <summary>Checks method, exact (escaped) path and query, the raw key, and the JSON body (semantically).</summary>
    public void AssertShape(string method, string pathAndQuery, string? jsonBody = null, string because = "")
    {
        Assert.Multiple(() =>
        {
            Assert.That(Method, Is.EqualTo(method), $"{because} HTTP method");
            Assert.That(PathAndQuery, Is.EqualTo(pathAndQuery), $"{because} path and query");
            Assert.That(Authorization, Is.EqualTo(ApiStub.Key), $"{because} authorization header must be the raw key");
            if (jsonBody is null)
            {
                Assert.That(string.IsNullOrEmpty(Body), Is.True, $"{because} expected no body, got {Body}");
            }
            else
            {
                Assert.That(ContentType, Does.StartWith("application/json"), $"{because} content type");
                var actual = JToken.Parse(Body ?? "null");
                var expected = JToken.Parse(jsonBody);
                Assert.That(JToken.DeepEquals(actual, expected), Is.True, $"{because} body\n  expected: {expected.ToString(Newtonsoft.Json.Formatting.None)}\n  actual:   {actual.ToString(Newtonsoft.Json.Formatting.None)}");
            }
        });
    }
}

/// <summary>A MockHttp server answering every request with a canned response, recording what it got.</summary>
internal sealed class ApiStub : IDisposable
{
    public const string Key = "test-key";

    private readonly List<RecordedRequest> _requests = [];
    private Func<int, HttpResponseMessage> _respond = _ => Json("{}");

    public ApiStub(Action<MillisClientOptions>? configure = null)
    {
        Mock.When("*").Respond(async (HttpRequestMessage request) =>
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync();
            int index;
            lock (_requests)
            {
                _requests.Add(new RecordedRequest(
                    request.Method.Method,
                    request.RequestUri!.PathAndQuery,
                    request.Headers.TryGetValues("authorization", out var auth) ? string.Join(",", auth) : null,
                    body,
                    request.Content?.Headers.ContentType?.MediaType));
                index = _requests.Count - 1;
            }

            return _respond(index);
        });
        var options = new MillisClientOptions { ApiKey = Key, BaseUrl = new Uri("https://api.test/"), MaxRetries = 0 };
        configure?.Invoke(options);
        Options = options;
        Client = new MillisClient(new HttpClient(Mock), options);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public MillisClient Client { get; }

    public MillisClientOptions Options { get; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public RecordedRequest Single
    {
        get
        {
            var all = Requests;
            Assert.That(all, Has.Count.EqualTo(1), "exactly one request was expected");
            return all[0];
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Text(string text, HttpStatusCode status, string mediaType = "text/plain") =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, mediaType) };

    /// <summary>Every request gets this JSON with 200.</summary>
    public ApiStub RespondJson(string json) => RespondWith(_ => Json(json));

    /// <summary>Request number i (0-based) gets respond(i).</summary>
    public ApiStub RespondWith(Func<int, HttpResponseMessage> respond)
    {
        _respond = respond;
        return this;
    }

    public void Dispose()
    {
        Client.Dispose();
        Mock.Dispose();
    }
}
