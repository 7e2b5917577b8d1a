using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary>Maps the end-of-call webhook (<c>session_data_webhook</c>).</summary>
public static class MillisSessionDataEndpointExtensions
{
    /// <summary>
    /// Maps an HTTP POST endpoint for the end-of-call webhook. The handler is an ordinary Minimal API delegate taking a
    /// <see cref="SessionDataEvent"/> and any services. A body that is not a JSON object is answered with 400 and a
    /// problem body before the handler runs; any other oddity is tolerated (see <see cref="SessionDataEvent"/>).
    /// </summary>
    /// <example><code>app.MapMillisSessionData("/millis/session-end", (SessionDataEvent e, ILogger&lt;Program&gt; log) =&gt; log.LogInformation("{Status}", e.CallStatus));</code></example>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteHandlerBuilder MapMillisSessionData(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapPost(pattern, handler)
            .WithMetadata(BodyProblem.Marker)
            .AddEndpointFilter(BodyProblem.FilterAsync);
    }
}
