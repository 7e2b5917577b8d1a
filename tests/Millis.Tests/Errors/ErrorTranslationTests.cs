using System.Net;
using System.Net.Http;
using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Errors;

public class ErrorTranslationTests
{
    private static ApiStub Failing(HttpStatusCode status, string body, Action<HttpResponseMessage>? headers = null, Action<MillisClientOptions>? configure = null) =>
        new ApiStub(configure).RespondWith(_ =>
        {
            var response = ApiStub.Json(body, status);
            headers?.Invoke(response);
            return response;
        });

    [Test]
    public void Status400_IsABadRequestWithTheDetailOfTheBody()
    {
        using var api = Failing(HttpStatusCode.BadRequest, """{"detail":"Voice provider not supported"}""");

        var ex = Assert.ThrowsAsync<MillisBadRequestException>(() => api.Client.Agents.CreateAsync("A", new AgentConfig { Prompt = "p", Voice = new Voice { Provider = VoiceProvider.ElevenLabs, VoiceId = "v" } }));

        Assert.That(ex!.Detail, Is.EqualTo("Voice provider not supported"));
        Assert.That(ex.Message, Does.Contain("POST /agents").And.Contain("400").And.Contain("Voice provider not supported"));
    }

    [TestCase(HttpStatusCode.Unauthorized)]
    [TestCase(HttpStatusCode.Forbidden)]
    public void Status401And403_AreAuthenticationErrors(HttpStatusCode status)
    {
        using var api = Failing(status, """{"detail":"Invalid API key"}""");

        var ex = Assert.ThrowsAsync<MillisAuthenticationException>(() => api.Client.User.GetInfoAsync());

        Assert.That((ex!.StatusCode, ex.Detail), Is.EqualTo(((int)status, "Invalid API key")));
    }

    [Test]
    public void Status404_IsNotFoundNamingThePathTemplateNotTheNumber()
    {
        using var api = Failing(HttpStatusCode.NotFound, """{"detail":"Phone not found"}""");

        var ex = Assert.ThrowsAsync<MillisNotFoundException>(() => api.Client.Phones.GetAsync("+15551234567"));

        Assert.That(ex!.Path, Is.EqualTo("/phones/{phone}"));
        Assert.That(ex.Detail, Is.EqualTo("Phone not found"));
        Assert.That(ex.Message, Does.Not.Contain("15551234567"));
    }

    [Test]
    public void Status409_IsAConflict()
    {
        using var api = Failing(HttpStatusCode.Conflict, """{"detail":"Campaign is running"}""");

        var ex = Assert.ThrowsAsync<MillisConflictException>(() => api.Client.Campaigns.DeleteAsync("c-1"));

        Assert.That(ex!.Detail, Is.EqualTo("Campaign is running"));
    }

    [Test]
    public void Status422_IsAValidationErrorWithEachLocationMessageAndType()
    {
        using var api = Failing((HttpStatusCode)422,
            """{"detail":[{"loc":["body","config","voice"],"msg":"Field required","type":"missing"},{"loc":["body",2,"phone"],"msg":"Input should be a valid string","type":"string_type"}]}""");

        var ex = Assert.ThrowsAsync<MillisValidationException>(() => api.Client.Campaigns.UploadRecordsAsync("c-1", [new CampaignRecordCreate { Phone = "+15551234567" }]));

        Assert.That(ex!.ValidationErrors.Select(e => (e.Path, e.Message, e.Type)), Is.EqualTo(new[]
        {
            ("body.config.voice", "Field required", "missing"),
            ("body[2].phone", "Input should be a valid string", "string_type"),
        }));
        Assert.That(ex.ValidationErrors[1].Location[1].Index, Is.EqualTo(2));
        Assert.That(ex.Message, Does.Contain("body.config.voice: Field required (missing)"));
    }

    [Test]
    public void Status429_IsARateLimitErrorWithRetryAfter()
    {
        using var api = Failing((HttpStatusCode)429, """{"detail":"Too many requests"}""", r => r.Headers.TryAddWithoutValidation("Retry-After", "17"));

        var ex = Assert.ThrowsAsync<MillisRateLimitException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(17)));
    }

    [TestCase(HttpStatusCode.InternalServerError)]
    [TestCase(HttpStatusCode.BadGateway)]
    [TestCase(HttpStatusCode.ServiceUnavailable)]
    [TestCase((HttpStatusCode)599)]
    public void Status5xx_IsAServerError(HttpStatusCode status)
    {
        using var api = Failing(status, """{"detail":"Internal Server Error"}""");

        var ex = Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.StatusCode, Is.EqualTo((int)status));
    }

    [Test]
    public void NonJsonBody_StillGivesAMessageWithStatusAndText()
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Text("<html><body>502 Bad Gateway</body></html>", HttpStatusCode.BadGateway, "text/html"));

        var ex = Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.Message, Does.Contain("GET /agents").And.Contain("502").And.Contain("Bad Gateway"));
        Assert.That(ex.Detail, Is.Null);
    }

    [Test]
    public void NonJsonBody_OnAnOperationDeclaring422_StillGivesAReadableMessage()
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Text("upstream validation failed", (HttpStatusCode)422));

        var ex = Assert.ThrowsAsync<MillisValidationException>(() => api.Client.Agents.GetAsync("agent-1"));

        Assert.That(ex!.Message, Does.Contain("422").And.Contain("upstream validation failed"));
    }

    [Test]
    public void EmptyBody_SaysTheBodyWasEmpty()
    {
        using var api = new ApiStub().RespondWith(_ => new HttpResponseMessage(HttpStatusCode.NotFound));

        var ex = Assert.ThrowsAsync<MillisNotFoundException>(() => api.Client.Agents.GetAsync("agent-1"));

        Assert.That(ex!.Message, Is.EqualTo("Millis API GET /agents/{agent_id} failed with 404 (empty body)"));
    }

    [Test]
    public void RequestIdHeader_SurfacesOnTheExceptionAndInTheMessage()
    {
        using var api = Failing(HttpStatusCode.InternalServerError, """{"detail":"boom"}""", r => r.Headers.TryAddWithoutValidation("x-request-id", "req-123"));

        var ex = Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.RequestId, Is.EqualTo("req-123"));
        Assert.That(ex.Message, Does.Contain("req-123"));
    }

    [Test]
    public void BodyExcerpt_IsBounded()
    {
        var huge = new string('x', 50_000);
        using var api = new ApiStub().RespondWith(_ => ApiStub.Text(huge, HttpStatusCode.InternalServerError));

        var ex = Assert.ThrowsAsync<MillisServerException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.BodyExcerpt!.Length, Is.LessThanOrEqualTo(2001));
        Assert.That(ex.Message.Length, Is.LessThan(2200));
    }

    [Test]
    public void UnexpectedStatus_IsAPlainApiException()
    {
        using var api = Failing((HttpStatusCode)418, """{"detail":"teapot"}""");

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.ListAsync());

        Assert.That(ex!.GetType(), Is.EqualTo(typeof(MillisApiException)));
        Assert.That(ex.Detail, Is.EqualTo("teapot"));
    }

    [Test]
    public void SuccessBodyThatIsNotJson_SaysUnexpectedResponseBodyWithTheContentType_NeverATypeName()
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Text("<html>maintenance</html>", HttpStatusCode.OK, "text/html"));

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.GetAsync("agent-1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(200));
        Assert.That(ex.Message, Does.Contain("unexpected response body (content type text/html"));
        Assert.That(ex.BodyExcerpt, Is.EqualTo("<html>maintenance</html>"));
        Assert.That(ex.Message, Does.Not.Contain("Millis.Models").And.Not.Contain("Version="));
    }

    [Test]
    public void SuccessBodyThatDoesNotFitTheModel_UnderStrictResponses_FailsNamingThePath()
    {
        using var api = new ApiStub(o => o.StrictResponses = true).RespondJson("""{"id":"a1","name":"n","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"v"}},"created_at":"yesterday"}""");

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.GetAsync("agent-1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(200));
        Assert.That(ex.Message, Does.Contain("unexpected response body").And.Contain("created_at"));
    }

    [Test]
    public async Task SuccessBodyThatDoesNotFitTheModel_ByDefault_SucceedsWithTheProblemOnTheModel()
    {
        using var api = new ApiStub().RespondJson("""{"id":"a1","name":"n","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"v"}},"created_at":"yesterday"}""");

        var agent = await api.Client.Agents.GetAsync("agent-1");

        Assert.That((agent.Id, agent.Name), Is.EqualTo(("a1", "n")));
        Assert.That(agent.ReadProblems.Select(p => p.Path), Is.EqualTo(new[] { "created_at" }));
        Assert.That(agent.TryGetRawJson("created_at", out var raw) ? raw : null, Is.EqualTo("\"yesterday\""));
    }
}
