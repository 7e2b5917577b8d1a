namespace Millis.AspNetCore;

/// <summary>
/// The shared secret Millis sends with every webhook, checked by <see cref="MillisSecretEndpointExtensions.RequireMillisSecret{TBuilder}"/>.
/// Bound from configuration section <see cref="DefaultSectionName"/> by
/// <see cref="MillisAspNetCoreServiceCollectionExtensions.AddMillisWebhooks(Microsoft.Extensions.DependencyInjection.IServiceCollection, Microsoft.Extensions.Configuration.IConfiguration)"/>.
/// </summary>
/// <remarks>
/// <para><b>Millis signs nothing.</b> Its webhooks carry no signature; the only authentication is a header you put in the
/// agent config (<c>{"url": …, "headers": {"X-Millis-Secret": "…"}}</c>). This secret is therefore the whole defence of
/// your endpoints: make it long and random, keep it out of source control, and serve the endpoints over HTTPS only,
/// or anyone who sees one request can replay it.</para>
/// <para>Rotation: list the new secret first and keep the old one until every agent sends the new one. Any listed secret
/// is accepted; <see cref="CurrentSecret"/> (the first) is the one to put into agent configs.</para>
/// </remarks>
/// <example><code>
/// "Millis": { "Webhooks": { "HeaderName": "X-Millis-Secret", "Secrets": [ "new-secret", "old-secret" ] } }
/// </code></example>
public sealed class MillisWebhookOptions
{
    /// <summary>The configuration section read by default: <c>Millis:Webhooks</c>.</summary>
    public const string DefaultSectionName = "Millis:Webhooks";

    /// <summary>The header name used when none is configured: <c>X-Millis-Secret</c>.</summary>
    public const string DefaultHeaderName = "X-Millis-Secret";

    /// <summary>The request header that carries the secret. Default <see cref="DefaultHeaderName"/>.</summary>
    public string HeaderName { get; set; } = DefaultHeaderName;

    /// <summary>The accepted secrets, newest first. A request matching any of them is accepted.</summary>
    public IList<string> Secrets { get; set; } = new List<string>();

    /// <summary>A single accepted secret, for configurations that need only one; checked together with <see cref="Secrets"/>.</summary>
    public string? Secret { get; set; }

    /// <summary>The secret to send: the first entry of <see cref="Secrets"/>, else <see cref="Secret"/>; null when none is set.</summary>
    public string? CurrentSecret => AcceptedSecrets().FirstOrDefault();

    /// <summary>Every non-empty secret that is accepted, in order.</summary>
    public IReadOnlyList<string> AcceptedSecrets()
    {
        var all = new List<string>();
        foreach (var secret in Secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                all.Add(secret);
            }
        }

        if (!string.IsNullOrEmpty(Secret) && !all.Contains(Secret, StringComparer.Ordinal))
        {
            all.Add(Secret);
        }

        return all;
    }

    /// <summary>Hides the secrets, so that logging the options never prints them.</summary>
    public override string ToString() => $"HeaderName = {HeaderName}, {AcceptedSecrets().Count} secret(s)";
}
