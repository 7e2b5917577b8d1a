using Microsoft.AspNetCore.Builder;

namespace Millis.AspNetCore;

/// <summary>Adds the shared-secret check to endpoints and route groups.</summary>
public static class MillisSecretEndpointExtensions
{
    /// <summary>
    /// Requires the Millis shared-secret header (see <see cref="MillisWebhookOptions"/>) on this endpoint or on every
    /// endpoint of this group. A request without the header, or with a value matching no configured secret, gets 401
    /// before any endpoint code runs. Needs <c>services.AddMillisWebhooks(…)</c>.
    /// </summary>
    /// <remarks>
    /// Millis signs nothing: this secret is the whole defence. Serve these endpoints over HTTPS only. Whether Millis can
    /// send custom headers when it opens the custom-LLM WebSocket is not documented; put the check there only if your
    /// agent does send it.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static TBuilder RequireMillisSecret<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireAuthorization(MillisSecretDefaults.PolicyName);
    }
}
