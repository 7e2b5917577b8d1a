using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Millis.Generated;
using Millis.Http;

namespace Millis.Tests.Http;

/// <summary>
/// <see cref="ErrorTranslation"/> called directly: each status's exception type, each branch of the message a user reads,
/// the request id headers, Retry-After, the excerpt bound and key redaction.
/// </summary>
public class ErrorTranslationUnitTests
{
    private const string Key = "sk-secret-123";
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly MillisOperation Operation = new("AgentsGet", "GET", "/agents/{agent_id}", RetryClass.Idempotent);

    private static MillisRawApiException Raw(int status, string? body, string message = "failed", Exception? inner = null, (string Name, string Value)[]? headers = null) =>
        new(message, status, body, (headers ?? []).ToDictionary(h => h.Name, h => (IEnumerable<string>)[h.Value]), inner);

    private static MillisApiException Translate(MillisRawApiException raw, string? apiKey = Key) =>
        ErrorTranslation.Translate(raw, Operation, apiKey, new FakeTimeProvider(Now));

    [TestCase(400, typeof(MillisBadRequestException))]
    [TestCase(401, typeof(MillisAuthenticationException))]
    [TestCase(403, typeof(MillisAuthenticationException))]
    [TestCase(404, typeof(MillisNotFoundException))]
    [TestCase(409, typeof(MillisConflictException))]
    [TestCase(422, typeof(MillisValidationException))]
    [TestCase(429, typeof(MillisRateLimitException))]
    [TestCase(500, typeof(MillisServerException))]
    [TestCase(599, typeof(MillisServerException))]
    [TestCase(499, typeof(MillisApiException))]
    [TestCase(402, typeof(MillisApiException))]
    [TestCase(410, typeof(MillisApiException))]
    public void EachStatus_BecomesItsExceptionType(int status, Type expected)
    {
        var ex = Translate(Raw(status, """{"detail":"x"}"""));

        Assert.That(ex.GetType(), Is.EqualTo(expected));
        Assert.That((ex.StatusCode, ex.Method, ex.Path), Is.EqualTo((status, "GET", "/agents/{agent_id}")));
    }

    [Test]
    public void TheRawInnerException_IsKeptWhenItDoesNotMentionTheKey()
    {
        var inner = new FormatException("bad");
        Assert.That(Translate(Raw(500, "{}", inner: inner)).InnerException, Is.SameAs(inner));
    }

    [Test]
    public void AStringDetail_IsTheDetail() =>
        Assert.That(Translate(Raw(400, """{"detail":"Voice not supported"}""")).Detail, Is.EqualTo("Voice not supported"));

    [Test]
    public void AnObjectDetail_IsItsCompactJson() =>
        Assert.That(Translate(Raw(400, """{"detail": {"code": 7, "reason": "x"}}""")).Detail, Is.EqualTo("""{"code":7,"reason":"x"}"""));

    [Test]
    public void ANumberDetail_IsItsJsonText() =>
        Assert.That(Translate(Raw(400, """{"detail": 42}""")).Detail, Is.EqualTo("42"));

    [TestCase("""{"message":"no detail field"}""")]
    [TestCase("""["detail"]""")]
    [TestCase("\"detail\"")]
    [TestCase("<html>not json</html>")]
    [TestCase("{\"detail\":")]
    [TestCase("   ")]
    [TestCase("")]
    public void ABodyWithoutADetailField_HasNoDetailAndNoValidationErrors(string body)
    {
        var ex = Translate(Raw(500, body));

        Assert.That(ex.Detail, Is.Null);
        Assert.That(ex.ValidationErrors, Is.Empty);
    }

    [Test]
    public void ANullBody_HasNoDetailAndNoExcerpt()
    {
        var ex = Translate(Raw(500, null));

        Assert.That((ex.Detail, ex.BodyExcerpt), Is.EqualTo(((string?)null, (string?)null)));
        Assert.That(ex.Message, Is.EqualTo("Millis API GET /agents/{agent_id} failed with 500 (empty body)"));
    }

    [Test]
    public void FastApiValidationEntries_BecomeValidationErrorsWithLocationMessageAndType()
    {
        var ex = Translate(Raw(422, """{"detail":[{"loc":["body","tools",0,"name"],"msg":"field required","type":"missing"}]}"""));

        var error = ex.ValidationErrors.Single();
        Assert.That(error.Path, Is.EqualTo("body.tools[0].name"));
        Assert.That(error.Location.Select(s => s.IsIndex), Is.EqualTo(new[] { false, false, true, false }));
        Assert.That((error.Message, error.Type), Is.EqualTo(("field required", "missing")));
        Assert.That(ex.Detail, Is.Null);
    }

    [Test]
    public void AValidationLocationThatIsNotAnIntIndex_StaysAName()
    {
        var ex = Translate(Raw(422, """{"detail":[{"loc":["body",-1,4294967296],"msg":"m","type":"t"}]}"""));

        var location = ex.ValidationErrors.Single().Location;
        Assert.That(location.Select(s => s.IsName), Is.EqualTo(new[] { true, true, true }));
        Assert.That(location.Select(s => s.Name), Is.EqualTo(new[] { "body", "-1", "4294967296" }));
    }

    [Test]
    public void AValidationLocationAtTheEdgesOfInt_IsAnIndex()
    {
        var ex = Translate(Raw(422, $$"""{"detail":[{"loc":[0,{{int.MaxValue}}],"msg":"m","type":"t"}]}"""));

        Assert.That(ex.ValidationErrors.Single().Location.Select(s => s.Index), Is.EqualTo(new int?[] { 0, int.MaxValue }));
    }

    [Test]
    public void AValidationEntryWithoutMsgTypeOrLoc_FallsBackToItsJsonUnknownAndNoLocation()
    {
        var ex = Translate(Raw(422, """{"detail":[{"input":5}]}"""));

        var error = ex.ValidationErrors.Single();
        Assert.That((error.Message, error.Type), Is.EqualTo(("""{"input":5}""", "unknown")));
        Assert.That(error.Location, Is.Empty);
    }

    [Test]
    public void ValidationEntriesThatAreNotObjects_AreSkipped() =>
        Assert.That(Translate(Raw(422, """{"detail":["loose text",{"loc":["q"],"msg":"m","type":"t"}]}""")).ValidationErrors.Select(e => e.Path), Is.EqualTo(new[] { "q" }));

    [TestCase("x-request-id")]
    [TestCase("request-id")]
    [TestCase("x-amzn-requestid")]
    [TestCase("x-amz-request-id")]
    [TestCase("x-correlation-id")]
    [TestCase("cf-ray")]
    [TestCase("X-Request-ID")]
    public void EachRequestIdHeader_IsTheRequestId(string header) =>
        Assert.That(Translate(Raw(500, "{}", headers: [(header, "req-7")])).RequestId, Is.EqualTo("req-7"));

    [Test]
    public void ARequestIdHeaderWithNoValue_IsNoRequestId()
    {
        var raw = new MillisRawApiException("failed", 500, "{}", new Dictionary<string, IEnumerable<string>> { ["x-request-id"] = [] }, null);

        Assert.That(Translate(raw).RequestId, Is.Null);
    }

    [Test]
    public void AnUnrelatedHeader_IsNoRequestId() =>
        Assert.That(Translate(Raw(500, "{}", headers: [("x-trace", "t-1")])).RequestId, Is.Null);

    [Test]
    public void ARequestIdQuotingTheKey_IsRedacted() =>
        Assert.That(Translate(Raw(500, "{}", headers: [("x-request-id", "id-" + Key)])).RequestId, Is.EqualTo("id-***"));

    [Test]
    public void TheKeyInTheBody_IsRedactedInDetailAndExcerpt()
    {
        var ex = Translate(Raw(401, $$"""{"detail":"bad key {{Key}}"}"""));

        Assert.That(ex.Detail, Is.EqualTo("bad key ***"));
        Assert.That(ex.BodyExcerpt, Is.EqualTo("""{"detail":"bad key ***"}"""));
        Assert.That(ex.ToString(), Does.Not.Contain(Key));
    }

    [TestCase(null)]
    [TestCase("")]
    public void WithNoKey_NothingIsRedacted(string? apiKey) =>
        Assert.That(Translate(Raw(401, """{"detail":"a *** b"}"""), apiKey).Detail, Is.EqualTo("a *** b"));

    [Test]
    public void AnExcerptOfExactlyTheLimit_IsKeptWhole()
    {
        var body = new string('x', ErrorTranslation.MaxExcerptLength);
        Assert.That(Translate(Raw(500, body)).BodyExcerpt, Is.EqualTo(body));
    }

    [Test]
    public void ABodyOverTheLimit_IsCutToTheLimitWithAnEllipsis()
    {
        var body = new string('x', ErrorTranslation.MaxExcerptLength) + "yz";
        Assert.That(Translate(Raw(500, body)).BodyExcerpt, Is.EqualTo(new string('x', ErrorTranslation.MaxExcerptLength) + "…"));
    }

    [Test]
    public void RetryAfterInSeconds_IsReported() =>
        Assert.That(Translate(Raw(429, "{}", headers: [("Retry-After", "12")])).Details.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(12)));

    [Test]
    public void RetryAfterZero_IsReportedAsZero() =>
        Assert.That(ErrorTranslation.RetryAfter(new Dictionary<string, IEnumerable<string>> { ["retry-after"] = ["0"] }, new FakeTimeProvider(Now)), Is.EqualTo(TimeSpan.Zero));

    [Test]
    public void RetryAfterAsAFutureDate_IsTheTimeUntilThen() =>
        Assert.That(Translate(Raw(503, "{}", headers: [("Retry-After", Now.AddSeconds(90).ToString("r", CultureInfo.InvariantCulture))])).Details.RetryAfter, Is.EqualTo(TimeSpan.FromSeconds(90)));

    [Test]
    public void RetryAfterAsAPastDate_IsZero() =>
        Assert.That(Translate(Raw(503, "{}", headers: [("Retry-After", Now.AddSeconds(-90).ToString("r", CultureInfo.InvariantCulture))])).Details.RetryAfter, Is.EqualTo(TimeSpan.Zero));

    [TestCase("-5")]
    [TestCase("+5")]
    [TestCase(" 5")]
    [TestCase("1.5")]
    [TestCase("soon")]
    [TestCase("2025-01-01T12:01:00Z")]
    public void AnUnreadableRetryAfter_IsNone(string value) =>
        Assert.That(Translate(Raw(503, "{}", headers: [("Retry-After", value)])).Details.RetryAfter, Is.Null);

    [Test]
    public void NoRetryAfter_IsNone() =>
        Assert.That(Translate(Raw(503, "{}")).Details.RetryAfter, Is.Null);

    [Test]
    public void A2xxTheReaderExplained_KeepsTheReadersMessage()
    {
        var ex = Translate(Raw(200, """{"id":1}""", "unexpected response body at id: expected a string"));

        Assert.That(ex.Detail, Is.EqualTo("unexpected response body at id: expected a string"));
    }

    [Test]
    public void A2xxThatIsNotTheModel_NamesTheContentTypeAndTheReadersMessage()
    {
        var ex = Translate(Raw(201, "<html/>", "Could not read the body", headers: [("Content-Type", "text/html")]));

        Assert.That(ex.Detail, Is.EqualTo("unexpected response body (content type text/html): Could not read the body"));
        Assert.That(ex.GetType(), Is.EqualTo(typeof(MillisApiException)));
    }

    [Test]
    public void A2xxWithoutAContentType_SaysNone() =>
        Assert.That(Translate(Raw(200, "<html/>", "Could not read")).Detail, Is.EqualTo("unexpected response body (content type none): Could not read"));

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("null")]
    [TestCase(" null\n")]
    public void A2xxWithAnEmptyOrNullBody_SaysSo(string body) =>
        Assert.That(Translate(Raw(200, body, "Could not read")).Detail, Is.EqualTo("unexpected response body (content type none): empty or null where a value was expected"));

    [Test]
    public void A2xxWithNoBodyAtAll_SaysItWasEmpty() =>
        Assert.That(Translate(Raw(204, null, "Could not read")).Detail, Is.EqualTo("unexpected response body (content type none): empty or null where a value was expected"));

    [Test]
    public void A2xxReadersMessageQuotingTheKey_IsRedacted() =>
        Assert.That(Translate(Raw(200, "{}", $"Could not convert {Key}")).Detail, Is.EqualTo("unexpected response body (content type none): Could not convert ***"));

    [TestCase(199)]
    [TestCase(300)]
    public void AStatusJustOutside2xx_KeepsTheBodysDetail(int status) =>
        Assert.That(Translate(Raw(status, """{"detail":"d"}""", "unexpected response body: x")).Detail, Is.EqualTo("d"));

    [Test]
    public void AnInnerExceptionQuotingTheKey_IsReplacedByARedactedCopy()
    {
        var inner = new InvalidOperationException($"value {Key} rejected", new FormatException($"deeper {Key}"));

        var ex = Translate(Raw(200, "{}", "unexpected response body", inner));

        Assert.That(ex.InnerException, Is.Not.SameAs(inner));
        Assert.That(ex.InnerException!.Message, Is.EqualTo("System.InvalidOperationException: value *** rejected"));
        Assert.That(ex.InnerException.InnerException!.Message, Is.EqualTo("System.FormatException: deeper ***"));
        Assert.That(ex.ToString(), Does.Not.Contain(Key));
    }

    [Test]
    public void AnInnerExceptionWhoseOnlyInnerQuotesTheKey_IsStillReplaced()
    {
        var inner = new InvalidOperationException("outer", new FormatException($"deeper {Key}"));

        var redacted = ErrorTranslation.RedactedException.Of(inner, Key)!;

        Assert.That(redacted.Message, Is.EqualTo("System.InvalidOperationException: outer"));
        Assert.That(redacted.InnerException!.Message, Is.EqualTo("System.FormatException: deeper ***"));
    }

    [Test]
    public void AKeyFoundAtTheVeryStartOfTheExceptionText_StillGetsTheExceptionReplaced()
    {
        // Exception.ToString() starts with the type name, so a "key" that is a prefix of it is found at index 0.
        var original = new InvalidOperationException("m");

        var redacted = ErrorTranslation.RedactedException.Of(original, "System.Invalid");

        Assert.That(redacted, Is.Not.SameAs(original));
        Assert.That(redacted, Is.InstanceOf<ErrorTranslation.RedactedException>());
    }

    [Test]
    public void RedactingWithNoKey_KeepsTheException()
    {
        var inner = new InvalidOperationException($"value {Key}");
        Assert.That(ErrorTranslation.RedactedException.Of(inner, null), Is.SameAs(inner));
        Assert.That(ErrorTranslation.RedactedException.Of(inner, ""), Is.SameAs(inner));
        Assert.That(ErrorTranslation.RedactedException.Of(null, Key), Is.Null);
    }
}
