using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// A webhook given either as a bare URL or as a <see cref="WebhookConfig"/> (URL plus headers).
/// Used by <c>session_data_webhook</c> and <c>extra_prompt_webhook</c>; written back in the form it was read.
/// </summary>
/// <example><code>config.SessionDataWebhook = "https://example.com/hook";</code></example>
[JsonConverter(typeof(WebhookJsonConverter))]
public sealed class Webhook : JsonUnion
{
    /// <summary>Creates a webhook sent as a bare URL string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public Webhook(string url) => Url = url ?? throw new ArgumentNullException(nameof(url));

    /// <summary>Creates a webhook sent as an object with a URL and optional headers.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public Webhook(WebhookConfig config) => Config = config ?? throw new ArgumentNullException(nameof(config));

    private Webhook(JToken unknown, string reason)
        : base(unknown, reason)
    {
    }

    /// <summary>Creates a webhook with headers, sent as an object.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static Webhook WithHeaders(string url, IDictionary<string, string> headers) =>
        new(new WebhookConfig { Url = url ?? throw new ArgumentNullException(nameof(url)), Headers = headers });

    /// <summary>The URL when the webhook is a bare string; otherwise null.</summary>
    public string? Url { get; }

    /// <summary>The object form when the webhook carries headers; otherwise null.</summary>
    public WebhookConfig? Config { get; }

    /// <summary>True when the webhook is a bare URL string.</summary>
    public bool IsUrl => Url is not null;

    /// <summary>True when the webhook is an object with URL and headers.</summary>
    public bool IsConfig => Config is not null;

    /// <summary>The endpoint URL, whichever form holds it; null for an unknown form.</summary>
    public string? EffectiveUrl => Url ?? Config?.Url;

    /// <summary>Wraps a bare URL.</summary>
    public static implicit operator Webhook(string url) => new(url);

    /// <summary>Wraps a URL-plus-headers object.</summary>
    public static implicit operator Webhook(WebhookConfig config) => new(config);

    /// <summary>Gets the bare URL if that is the form held.</summary>
    public bool TryPickUrl([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? url)
    {
        url = Url;
        return url is not null;
    }

    /// <summary>Gets the object form if that is the form held.</summary>
    public bool TryPickConfig([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WebhookConfig? config)
    {
        config = Config;
        return config is not null;
    }

    /// <summary>Maps the form held to a value.</summary>
    /// <param name="url">Called for a bare URL.</param>
    /// <param name="config">Called for the object form.</param>
    /// <param name="unknown">Called with the raw JSON of a form this SDK does not know; when omitted such a form throws.</param>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public TResult Match<TResult>(Func<string, TResult> url, Func<WebhookConfig, TResult> config, Func<string, TResult>? unknown = null)
    {
        if (Url is not null)
        {
            return url(Url);
        }

        if (Config is not null)
        {
            return config(Config);
        }

        return unknown is not null ? unknown(UnknownJson!) : throw UnknownFormError();
    }

    /// <summary>Runs the action for the form held.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public void Switch(Action<string> url, Action<WebhookConfig> config, Action<string>? unknown = null) =>
        Match<object?>(u => { url(u); return null; }, c => { config(c); return null; }, unknown is null ? null : j => { unknown(j); return null; });

    /// <inheritdoc/>
    public override string ToString() => Match(u => u, c => $"{c.Url} (with {c.Headers?.Count ?? 0} headers)", j => $"unknown webhook form {j}");

    internal override object? Held => Config;

    private sealed class WebhookJsonConverter : JsonUnionConverter<Webhook>
    {
        protected override string AcceptedForms => "a URL string or an object {\"url\": ..., \"headers\": {...}}";

        protected override Webhook? Read(JToken token, JsonSerializer serializer) =>
            token.Type == JTokenType.String ? new Webhook((string)token!)
            : TryObject<WebhookConfig>(token, serializer) is { } config ? new Webhook(config)
            : null;

        protected override Webhook CreateUnknown(JToken token, string reason) => new(token, reason);

        protected override void Write(JsonWriter writer, Webhook value, JsonSerializer serializer)
        {
            if (value.Url is not null)
            {
                writer.WriteValue(value.Url);
            }
            else
            {
                serializer.Serialize(writer, value.Config);
            }
        }
    }
}
