using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Millis.AspNetCore;

/// <summary>Maps the prefetch webhook (<c>extra_prompt_webhook</c>).</summary>
public static class MillisPrefetchEndpointExtensions
{
    /// <summary>
    /// Maps an HTTP GET endpoint for the prefetch webhook. The handler is an ordinary Minimal API delegate: take a
    /// <see cref="PrefetchRequest"/> and any services, return a <see cref="PrefetchResponse"/> (or any result).
    /// Returning null or nothing answers <c>{}</c>.
    /// </summary>
    /// <example><code>app.MapMillisPrefetch("/millis/prefetch", (PrefetchRequest req) =&gt; new PrefetchResponse { ExtraPrompt = "The caller is a VIP." });</code></example>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteHandlerBuilder MapMillisPrefetch(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        return endpoints.MapGet(pattern, handler)
            .AddEndpointFilter(static async (context, next) =>
            {
                var result = await next(context).ConfigureAwait(false);
                return result is null or EmptyHttpResult ? new PrefetchResponse() : result;
            });
    }
}
