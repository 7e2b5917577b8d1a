using System.Net;
using System.Net.Http;
using System.Text;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

/// <summary>
/// Which 2xx bodies an operation answering <c>GenericResponse {success}</c> counts as success (ExecuteGenericAsync),
/// shown on <c>DELETE /agents/{agent_id}</c>.
/// </summary>
public class GenericResponseTests
{
    private static ApiStub Answering(string? body, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json") =>
        new ApiStub().RespondWith(_ => new HttpResponseMessage(status) { Content = body is null ? null : new StringContent(body, Encoding.UTF8, mediaType) });

    [TestCase("""{"success":true}""")]
    [TestCase("{}")]
    [TestCase("\"ok\"")]
    [TestCase("\"OK\"")]
    [TestCase("true")]
    [TestCase("null")]
    [TestCase("")]
    [TestCase("  ")]
    public void ABodyThatMeansSuccess_Succeeds(string body)
    {
        using var api = Answering(body);

        Assert.DoesNotThrowAsync(() => api.Client.Agents.DeleteAsync("agent-1"));
    }

    [TestCase("ok")]
    [TestCase(" Ok \n")]
    public void ABareOkThatIsNotJson_Succeeds(string body)
    {
        using var api = Answering(body, mediaType: "text/plain");

        Assert.DoesNotThrowAsync(() => api.Client.Agents.DeleteAsync("agent-1"));
    }

    [Test]
    public void NoBodyAtAll_Succeeds()
    {
        using var api = Answering(null);

        Assert.DoesNotThrowAsync(() => api.Client.Agents.DeleteAsync("agent-1"));
    }

    [TestCase("false")]
    [TestCase("\"nope\"")]
    [TestCase("\"\"")]
    [TestCase("42")]
    [TestCase("[]")]
    public void AJsonBodyThatIsNeitherAGenericResponseNorOk_IsAnError(string body)
    {
        using var api = Answering(body);

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.DeleteAsync("agent-1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(200));
    }

    [TestCase("not ok")]
    [TestCase("okay")]
    public void TextThatIsNotOk_IsAnError(string body)
    {
        using var api = Answering(body, mediaType: "text/plain");

        Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.DeleteAsync("agent-1"));
    }

    [Test]
    public void SuccessFalse_IsAnErrorThatSaysSoWithTheRealStatus()
    {
        using var api = Answering("""{"success":false}""", HttpStatusCode.Accepted);

        var ex = Assert.ThrowsAsync<MillisApiException>(() => api.Client.Agents.DeleteAsync("agent-1"));

        Assert.That(ex!.StatusCode, Is.EqualTo(202));
        Assert.That((ex.Method, ex.Path), Is.EqualTo(("DELETE", "/agents/{agent_id}")));
        Assert.That(ex.Detail, Is.EqualTo("the server answered {\"success\": false}"));
        Assert.That(ex.BodyExcerpt, Is.EqualTo("{\"success\":false}"));
    }

    [TestCase(HttpStatusCode.NotFound, typeof(MillisNotFoundException))]
    [TestCase(HttpStatusCode.InternalServerError, typeof(MillisServerException))]
    [TestCase(HttpStatusCode.BadRequest, typeof(MillisBadRequestException))]
    [TestCase(HttpStatusCode.MultipleChoices, typeof(MillisApiException))]
    public void AnErrorStatusWithAnOkBody_IsStillThatError(HttpStatusCode status, Type expected)
    {
        using var api = Answering("\"ok\"", status);

        var ex = Assert.CatchAsync<MillisApiException>(() => api.Client.Agents.DeleteAsync("agent-1"));

        Assert.That(ex!.GetType(), Is.EqualTo(expected));
    }
}
