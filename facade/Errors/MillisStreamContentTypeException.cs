namespace Millis;

/// <summary>
/// The chat endpoint answered with a success status but not with an event stream (<c>Content-Type</c> other than
/// <c>text/event-stream</c>, e.g. an HTML page from a proxy or a JSON <c>{"detail": ...}</c>), so there were no events to
/// read. Thrown instead of yielding nothing. The message and <see cref="BodyExcerpt"/> show what came back; check
/// <see cref="MillisClientOptions.BaseUrl"/> and any proxy in between.
/// </summary>
public sealed class MillisStreamContentTypeException : MillisStreamException
{
    /// <summary>The most characters of the body kept in <see cref="BodyExcerpt"/>: 2,000.</summary>
    public const int MaxExcerptLength = 2000;

    private const int MessageExcerptLength = 300;

    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">The HTTP status of the response.</param>
    /// <param name="contentType">Its <c>Content-Type</c> header, or null when it had none.</param>
    /// <param name="bodyExcerpt">The start of the body (the SDK keeps at most <see cref="MaxExcerptLength"/> characters).</param>
    /// <param name="requestId">The response's request id header, if any.</param>
    public MillisStreamContentTypeException(int statusCode, string? contentType, string? bodyExcerpt, string? requestId = null)
        : base(MessageFor(statusCode, contentType, bodyExcerpt, requestId), rawData: null, endedEarly: false)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        BodyExcerpt = bodyExcerpt;
        RequestId = requestId;
    }

    /// <summary>The HTTP status code (a success status: errors are <see cref="MillisApiException"/>s).</summary>
    public int StatusCode { get; }

    /// <summary>The response's <c>Content-Type</c> as sent, or null when it had none.</summary>
    public string? ContentType { get; }

    /// <summary>The start of the response body (at most 2,000 characters, the API key redacted).</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The request id header of the response, if the server sent one.</summary>
    public string? RequestId { get; }

    private static string MessageFor(int statusCode, string? contentType, string? excerpt, string? requestId)
    {
        var body = string.IsNullOrWhiteSpace(excerpt)
            ? "The body was empty."
            : "The body starts: " + OneLine(excerpt!);
        var id = requestId is null ? string.Empty : $" (request id {requestId})";
        return $"Millis API POST /chat/completions answered {statusCode} with Content-Type '{contentType ?? "(none)"}' instead of " +
               $"text/event-stream{id}, so it carries no chat events. {body} Check MillisClientOptions.BaseUrl and any proxy in between.";
    }

    private static string OneLine(string text)
    {
        var chars = new System.Text.StringBuilder(Math.Min(text.Length, MessageExcerptLength) + 1);
        foreach (var c in text)
        {
            if (chars.Length == MessageExcerptLength)
            {
                return chars.Append('…').ToString();
            }

            chars.Append(char.IsControl(c) ? ' ' : c);
        }

        return chars.ToString();
    }
}
