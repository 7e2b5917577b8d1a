using System.Globalization;
using Millis.Generated;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Http;

/// <summary>The one place where the generated clients' internal exception becomes a public <see cref="MillisApiException"/>.</summary>
internal static class ErrorTranslation
{
    internal const int MaxExcerptLength = 2000;

    internal static readonly string[] RequestIdHeaders = ["x-request-id", "request-id", "x-amzn-requestid", "x-amz-request-id", "x-correlation-id", "cf-ray"];

    public static MillisApiException Translate(MillisRawApiException raw, MillisOperation operation, string? apiKey, TimeProvider time)
    {
        var body = Redact(raw.Response, apiKey);
        var (detail, validation) = ParseFastApiBody(body);
        if (raw.StatusCode is >= 200 and < 300)
        {
            // A 2xx the SDK could not read: say what arrived instead of pretending the server failed.
            // The reader's message may quote a value of the body (a field the server filled with the key): redacted too.
            var message = Redact(raw.Message, apiKey)!;
            detail = message.StartsWith("unexpected response body", StringComparison.Ordinal)
                ? message
                : $"unexpected response body (content type {FirstHeader(raw.Headers, ["content-type"]) ?? "none"}): {(string.IsNullOrWhiteSpace(raw.Response) || raw.Response!.Trim() == "null" ? "empty or null where a value was expected" : message)}";
        }

        var details = new MillisErrorDetails(
            raw.StatusCode,
            operation.Method,
            operation.Path,
            detail,
            validation,
            Redact(FirstHeader(raw.Headers, RequestIdHeaders), apiKey),
            Excerpt(body),
            RetryAfter(raw.Headers, time));
        var inner = RedactedException.Of(raw.InnerException, apiKey);
        return raw.StatusCode switch
        {
            400 => new MillisBadRequestException(details, inner),
            401 or 403 => new MillisAuthenticationException(details, inner),
            404 => new MillisNotFoundException(details, inner),
            409 => new MillisConflictException(details, inner),
            422 => new MillisValidationException(details, inner),
            429 => new MillisRateLimitException(details, inner),
            >= 500 => new MillisServerException(details, inner),
            _ => new MillisApiException(details, inner),
        };
    }

    /// <summary>Reads <c>Retry-After</c> as seconds or an HTTP date; null when absent or unreadable.</summary>
    public static TimeSpan? RetryAfter(IReadOnlyDictionary<string, IEnumerable<string>> headers, TimeProvider time)
    {
        var value = FirstHeader(headers, ["retry-after"]);
        // Stryker disable once Block : without the early return, int.TryParse and DateTimeOffset.TryParseExact both fail on null and the method returns null anyway
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            var wait = date - time.GetUtcNow();
            // Stryker disable once Equality : when the wait is exactly zero both branches return zero
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    internal static string? Redact(string? text, string? secret) =>
        text is null || string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***");

    /// <summary>
    /// Stands in for an inner exception whose text quotes the key (e.g. a JSON reader's "could not convert string ... :
    /// &lt;value&gt;" when the server echoed the key into a field): same type name and message, key masked. An inner
    /// exception that does not mention the key is kept as it is, with its stack trace.
    /// </summary>
    internal sealed class RedactedException : Exception
    {
        private RedactedException(string message, Exception? inner)
            : base(message, inner)
        {
        }

        public static Exception? Of(Exception? exception, string? secret)
        {
            if (exception is null || string.IsNullOrEmpty(secret) || exception.ToString().IndexOf(secret, StringComparison.Ordinal) < 0)
            {
                return exception;
            }

            return new RedactedException($"{exception.GetType().FullName}: {Redact(exception.Message, secret)}", Of(exception.InnerException, secret));
        }
    }

    private static (string? Detail, IReadOnlyList<MillisValidationError> Validation) ParseFastApiBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, []);
        }

        try
        {
            if (JToken.Parse(body!) is not JObject obj || obj["detail"] is not { } detail)
            {
                return (null, []);
            }

            return detail.Type switch
            {
                JTokenType.String => ((string?)detail, []),
                JTokenType.Array => (null, detail.OfType<JObject>().Select(ToValidationError).ToList()),
                _ => (detail.ToString(Formatting.None), []),
            };
        }
        catch (JsonException)
        {
            return (null, []);
        }
    }

    private static MillisValidationError ToValidationError(JObject entry)
    {
        var location = (entry["loc"] as JArray)?.Select(t => t is JValue { Value: long i } && i is >= 0 and <= int.MaxValue ? new ValidationLocationSegment((int)i) : new ValidationLocationSegment(t.ToString())).ToList()
            ?? [];
        return new MillisValidationError(location, (string?)entry["msg"] ?? entry.ToString(Formatting.None), (string?)entry["type"] ?? "unknown");
    }

    private static string? Excerpt(string? body) =>
        body is null ? null : body.Length <= MaxExcerptLength ? body : body.Substring(0, MaxExcerptLength) + "…";

    private static string? FirstHeader(IReadOnlyDictionary<string, IEnumerable<string>> headers, string[] names)
    {
        foreach (var pair in headers)
        {
            if (names.Any(n => string.Equals(n, pair.Key, StringComparison.OrdinalIgnoreCase)))
            {
                return pair.Value.FirstOrDefault();
            }
        }

        return null;
    }
}
