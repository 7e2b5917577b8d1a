using System.Net;
using System.Net.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Errors;

/// <summary>The API key must never leak into exceptions, options text or logs, even when the server echoes it.</summary>
public class SecretRedactionTests
{
    private static readonly HttpStatusCode[] Statuses =
        [HttpStatusCode.BadRequest, HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.Conflict, (HttpStatusCode)422, (HttpStatusCode)429, HttpStatusCode.InternalServerError];

    [TestCaseSource(nameof(Statuses))]
    public void ServerEchoingTheKey_NeverPutsItInTheExceptionOrTheLogs(HttpStatusCode status)
    {
        var logs = new CapturingLoggerFactory();
        using var api = new ApiStub(o => { o.LoggerFactory = logs; o.MaxRetries = 0; }).RespondWith(_ =>
        {
            var body = status == (HttpStatusCode)422
                ? $$"""{"detail":[{"loc":["header","authorization"],"msg":"bad key {{ApiStub.Key}}","type":"value_error","input":"{{ApiStub.Key}}"}]}"""
                : $$"""{"detail":"Invalid key: {{ApiStub.Key}}","echo":"{{ApiStub.Key}}"}""";
            var response = ApiStub.Json(body, status);
            response.Headers.TryAddWithoutValidation("x-request-id", "req-1");
            return response;
        });

        var ex = Assert.CatchAsync<MillisApiException>(() => api.Client.Phones.GetAsync("+15551234567"));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Does.Not.Contain(ApiStub.Key));
            Assert.That(ex.ToString(), Does.Not.Contain(ApiStub.Key));
            Assert.That(ex.Detail ?? "", Does.Not.Contain(ApiStub.Key));
            Assert.That(ex.BodyExcerpt ?? "", Does.Not.Contain(ApiStub.Key));
            Assert.That(string.Join(";", ex.ValidationErrors), Does.Not.Contain(ApiStub.Key));
            Assert.That(api.Options.ToString(), Does.Not.Contain(ApiStub.Key));
            Assert.That(api.Client.ToString(), Does.Not.Contain(ApiStub.Key));
            Assert.That(logs.Entries, Is.Not.Empty, "the attempt must have been logged");
            Assert.That(logs.AllText, Does.Not.Contain(ApiStub.Key));
        });
    }

    [Test]
    public void ServerEchoingTheKey_IsStillReadableWithTheKeyMasked()
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Json($$"""{"detail":"Invalid key: {{ApiStub.Key}}"}""", HttpStatusCode.Unauthorized));

        var ex = Assert.ThrowsAsync<MillisAuthenticationException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.Detail, Is.EqualTo("Invalid key: ***"));
    }

    [Test]
    public void ConnectionFailure_NeverPutsTheKeyInTheExceptionOrTheLogs()
    {
        var logs = new CapturingLoggerFactory();
        var handler = new LambdaHandler((_, _, _) => throw new HttpRequestException("connection reset"));
        using var client = LambdaHandler.Client(handler, o => o.LoggerFactory = logs);

        var ex = Assert.ThrowsAsync<MillisConnectionException>(() => client.Agents.ListAsync());

        Assert.That(ex!.ToString(), Does.Not.Contain(ApiStub.Key));
        Assert.That(logs.AllText, Does.Not.Contain(ApiStub.Key).And.Contain("HttpRequestException"));
    }
}
