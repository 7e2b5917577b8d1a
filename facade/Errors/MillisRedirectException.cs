namespace Millis;

/// <summary>
/// The server answered with a redirect that the SDK does not follow: to another origin (scheme, host or port), or, for
/// an operation that creates something or dials, to any address. Nothing was sent to the new location. The message
/// names it (scheme, host and path; never user-info or the query).
/// </summary>
/// <remarks>
/// Idempotent operations (reads, updates, deletes) follow same-origin redirects with the same method and body, up to five
/// per attempt. An <see cref="System.Net.Http.HttpClient"/> you pass to <c>new MillisClient(httpClient, options)</c>
/// follows redirects as its own handler is configured, before the SDK sees them: set
/// <c>AllowAutoRedirect = false</c> on that handler to get this rule.
/// </remarks>
public sealed class MillisRedirectException : MillisException
{
    /// <summary>Creates the exception.</summary>
    public MillisRedirectException(string method, string path, int statusCode, Uri location, bool isCrossOrigin, string message)
        : base(message)
    {
        Method = method;
        Path = path;
        StatusCode = statusCode;
        Location = location;
        IsCrossOrigin = isCrossOrigin;
    }

    /// <summary>The request method, e.g. <c>POST</c>.</summary>
    public string Method { get; }

    /// <summary>The operation's path template, e.g. <c>/start_outbound_call</c>.</summary>
    public string Path { get; }

    /// <summary>The redirect status: 301, 302, 303, 307 or 308.</summary>
    public int StatusCode { get; }

    /// <summary>Where the server pointed (absolute, without user-info).</summary>
    public Uri Location { get; }

    /// <summary>True when the location is on another scheme, host or port than the request.</summary>
    public bool IsCrossOrigin { get; }
}
