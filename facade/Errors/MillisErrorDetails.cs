using System.Text;

namespace Millis;

/// <summary>What a failed response said, collected once and shared by every <see cref="MillisApiException"/> type.</summary>
public sealed class MillisErrorDetails
{
    /// <summary>Creates the details.</summary>
    public MillisErrorDetails(
        int statusCode,
        string method,
        string path,
        string? detail = null,
        IReadOnlyList<MillisValidationError>? validationErrors = null,
        string? requestId = null,
        string? bodyExcerpt = null,
        TimeSpan? retryAfter = null)
    {
        StatusCode = statusCode;
        Method = method;
        Path = path;
        Detail = detail;
        ValidationErrors = validationErrors ?? [];
        RequestId = requestId;
        BodyExcerpt = bodyExcerpt;
        RetryAfter = retryAfter;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The request method.</summary>
    public string Method { get; }

    /// <summary>The operation's path template.</summary>
    public string Path { get; }

    /// <summary>FastAPI's <c>detail</c> string, if any.</summary>
    public string? Detail { get; }

    /// <summary>FastAPI's 422 entries, if any.</summary>
    public IReadOnlyList<MillisValidationError> ValidationErrors { get; }

    /// <summary>The response's request id header, if any.</summary>
    public string? RequestId { get; }

    /// <summary>The start of the body, bounded.</summary>
    public string? BodyExcerpt { get; }

    /// <summary>The server's <c>Retry-After</c>, if any.</summary>
    public TimeSpan? RetryAfter { get; }

    internal string ToMessage()
    {
        var sb = new StringBuilder();
        sb.Append("Millis API ").Append(Method).Append(' ').Append(Path).Append(" failed with ").Append(StatusCode);
        if (Detail is not null)
        {
            sb.Append(": ").Append(Detail);
        }

        if (ValidationErrors.Count > 0)
        {
            sb.Append(": ").Append(string.Join("; ", ValidationErrors));
        }
        else if (Detail is null)
        {
            sb.Append(string.IsNullOrWhiteSpace(BodyExcerpt) ? " (empty body)" : ": " + BodyExcerpt);
        }

        if (RequestId is not null)
        {
            sb.Append(" (request id ").Append(RequestId).Append(')');
        }

        return sb.ToString();
    }
}
