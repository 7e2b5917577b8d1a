using System.Net;

namespace Millis;

/// <summary>
/// The Millis API answered with an error status. Derived types mark the cases that call for a different reaction
/// (<see cref="MillisAuthenticationException"/>, <see cref="MillisNotFoundException"/>, <see cref="MillisValidationException"/>,
/// <see cref="MillisRateLimitException"/>, ...). The message names the operation, status and the server's detail.
/// </summary>
public class MillisApiException : MillisException
{
    /// <summary>Creates the exception from the details of a failed response.</summary>
    public MillisApiException(MillisErrorDetails details, Exception? innerException = null)
        : base(details.ToMessage(), innerException)
    {
        Details = details ?? throw new ArgumentNullException(nameof(details));
    }

    /// <summary>Everything known about the failed response.</summary>
    public MillisErrorDetails Details { get; }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode => Details.StatusCode;

    /// <summary>The HTTP status code as an enum value.</summary>
    public HttpStatusCode Status => (HttpStatusCode)Details.StatusCode;

    /// <summary>FastAPI's <c>{"detail": "..."}</c> text, when the body had one.</summary>
    public string? Detail => Details.Detail;

    /// <summary>FastAPI's 422 <c>detail[]</c> entries; empty for other responses.</summary>
    public IReadOnlyList<MillisValidationError> ValidationErrors => Details.ValidationErrors;

    /// <summary>The request method, e.g. <c>POST</c>.</summary>
    public string Method => Details.Method;

    /// <summary>The path template of the operation, e.g. <c>/phones/{phone}</c> (ids and numbers are left out: they are personal data).</summary>
    public string Path => Details.Path;

    /// <summary>The request id header of the response, if the server sent one; quote it in a support ticket.</summary>
    public string? RequestId => Details.RequestId;

    /// <summary>The start of the response body (at most 2,000 characters).</summary>
    public string? BodyExcerpt => Details.BodyExcerpt;
}

/// <summary>400: the server rejected the request (FastAPI <c>HTTPException</c>); read <see cref="MillisApiException.Detail"/>.</summary>
public sealed class MillisBadRequestException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException);

/// <summary>401 or 403: the API key is missing, wrong, or lacks access. Check <c>MillisClientOptions.ApiKey</c>; retrying will not help.</summary>
public sealed class MillisAuthenticationException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException);

/// <summary>404: the agent, phone, campaign, session or file does not exist (in this region).</summary>
public sealed class MillisNotFoundException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException);

/// <summary>409: the request conflicts with the resource's current state.</summary>
public sealed class MillisConflictException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException);

/// <summary>422: the request did not validate; <see cref="MillisApiException.ValidationErrors"/> names each field.</summary>
public sealed class MillisValidationException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException);

/// <summary>429: too many requests; wait <see cref="RetryAfter"/> when the server said how long.</summary>
public sealed class MillisRateLimitException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException)
{
    /// <summary>How long the server asked to wait, if it sent <c>Retry-After</c>.</summary>
    public TimeSpan? RetryAfter => Details.RetryAfter;
}

/// <summary>5xx: the server failed. Idempotent calls were already retried; see the operation's docs for what was retried.</summary>
public sealed class MillisServerException(MillisErrorDetails details, Exception? innerException = null) : MillisApiException(details, innerException);
