using System.Net.Http;

namespace Millis.Http;

/// <summary>
/// The SDK's redirect rule. The handlers the SDK creates never follow redirects (a 307/308 would re-send the body, e.g.
/// a dial, wherever the server points), so the pipeline sees each 3xx and decides here:
/// <list type="bullet">
/// <item>to another origin (scheme, host or port): never followed;</item>
/// <item>same origin, an operation that creates or dials (<see cref="RetryClass.CreateOrDial"/>): not followed either;</item>
/// <item>same origin, any other operation: followed with the same method and body (303 only for GET), at most
/// <see cref="MaxHops"/> times per attempt.</item>
/// </list>
/// A redirect that is not followed raises <see cref="MillisRedirectException"/> naming the location.
/// </summary>
internal static class Redirects
{
    public const int MaxHops = 5;

    /// <summary>Where to go next, or the exception to throw.</summary>
    public static Uri Follow(MillisOperation operation, MillisRedirectSignal redirect, int hopsSoFar)
    {
        var location = redirect.Location;
        var crossOrigin = !SameOrigin(redirect.From, location);
        string? refusal = null;
        if (crossOrigin)
        {
            refusal = $"another origin than {Origin(redirect.From)}. The SDK never follows a redirect to another scheme, host or port, so neither the request body nor the API key went there. If the API really moved, set MillisClientOptions.BaseUrl to the new address.";
        }
        else if (operation.Retry == RetryClass.CreateOrDial)
        {
            refusal = "on the same server. This operation creates something or dials, so the SDK does not send it again to a new address on its own; nothing was re-sent. Check MillisClientOptions.BaseUrl (a missing path prefix or trailing slash is a common cause), or call the new address yourself.";
        }
        else if (redirect.StatusCode == 303 && !string.Equals(operation.Method, "GET", StringComparison.OrdinalIgnoreCase))
        {
            refusal = "on the same server (303 See Other). The SDK follows 303 only for GET: the other resource is not an answer to this operation.";
        }
        else if (hopsSoFar >= MaxHops)
        {
            refusal = $"on the same server, after {MaxHops} redirects already followed for this attempt. The SDK stops there to avoid a redirect loop.";
        }

        if (refusal is null)
        {
            return location;
        }

        throw new MillisRedirectException(
            operation.Method,
            operation.Path,
            redirect.StatusCode,
            location,
            crossOrigin,
            $"Millis API {operation.Method} {operation.Path} was redirected ({redirect.StatusCode}) to {Describe(location)}, {refusal}");
    }

    internal static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    /// <summary>Scheme, host, port and path: never user-info or the query, which may carry credentials.</summary>
    internal static string Describe(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    private static string Origin(Uri url) => url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped);
}

/// <summary>
/// Thrown by the raw clients' response hook for a 3xx with a <c>Location</c>, before the body is read; the pipeline
/// turns it into a followed hop or a <see cref="MillisRedirectException"/>. Never reaches users.
/// </summary>
internal sealed class MillisRedirectSignal : Exception
{
    private MillisRedirectSignal(int statusCode, Uri from, Uri location)
        : base($"redirect {statusCode}")
    {
        StatusCode = statusCode;
        From = from;
        Location = location;
    }

    public int StatusCode { get; }

    /// <summary>The URL that was redirected.</summary>
    public Uri From { get; }

    /// <summary>The absolute target, without user-info.</summary>
    public Uri Location { get; }

    /// <summary>The signal for a redirect response, or null when it is not one (no usable <c>Location</c>).</summary>
    public static MillisRedirectSignal? For(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location || response.RequestMessage?.RequestUri is not { IsAbsoluteUri: true } from)
        {
            return null;
        }

        if (!Uri.TryCreate(from, location, out var target))
        {
            return null;
        }

        if (target.UserInfo.Length > 0)
        {
            target = new UriBuilder(target) { UserName = "", Password = "" }.Uri;
        }

        return new MillisRedirectSignal(status, from, target);
    }
}
