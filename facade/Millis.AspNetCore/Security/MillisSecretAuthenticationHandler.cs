using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Millis.AspNetCore;

/// <summary>
/// Authenticates a request by the shared-secret header. Runs in the authorization middleware, before routing hands the
/// request to the endpoint, so a request without a matching secret gets 401 and no endpoint code (not even body
/// binding) runs. Never logs the presented or configured values.
/// </summary>
internal sealed partial class MillisSecretAuthenticationHandler : AuthenticationHandler<AuthenticationSchemeOptions>
{
    private readonly IOptionsMonitor<MillisWebhookOptions> _webhookOptions;
    private readonly IMillisSecretComparer _comparer;

    public MillisSecretAuthenticationHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options,
        ILoggerFactory logger,
        UrlEncoder encoder,
        IOptionsMonitor<MillisWebhookOptions> webhookOptions,
        IMillisSecretComparer comparer)
        : base(options, logger, encoder)
    {
        _webhookOptions = webhookOptions;
        _comparer = comparer;
    }

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var options = _webhookOptions.CurrentValue;
        var secrets = options.AcceptedSecrets();
        if (secrets.Count == 0)
        {
            // Fail closed: an endpoint that requires the secret is never open because configuration is missing.
            LogNoSecretConfigured(Logger, MillisWebhookOptions.DefaultSectionName);
            return Task.FromResult(AuthenticateResult.Fail("No Millis webhook secret is configured."));
        }

        if (!Request.Headers.TryGetValue(options.HeaderName, out var values) || values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (values.Count != 1 || values[0] is not { } presented)
        {
            return Task.FromResult(AuthenticateResult.Fail("The Millis secret header was sent more than once."));
        }

        // Every configured secret is compared, so the time taken does not tell which one (if any) matched.
        var matched = false;
        foreach (var secret in secrets)
        {
            matched |= _comparer.SecretsMatch(presented, secret);
        }

        if (!matched)
        {
            return Task.FromResult(AuthenticateResult.Fail("The Millis secret header did not match a configured secret."));
        }

        var identity = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "millis") }, MillisSecretDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), MillisSecretDefaults.AuthenticationScheme);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "An endpoint requires the Millis secret but no secret is configured ({Section}:Secrets); every request is refused.")]
    private static partial void LogNoSecretConfigured(ILogger logger, string section);
}
