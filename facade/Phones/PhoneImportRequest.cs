using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// The body of <c>POST /phones/import</c>: a number held at one of five telephony providers. Each provider has its own
/// shape; the <c>provider</c> field is always sent so the server never has to guess between similar shapes.
/// </summary>
/// <example><code>await client.Phones.ImportAsync(new ImportTwilioRequest { Phone = "+15551234567", Country = "US", Region = "us-west", ... });</code></example>
[JsonConverter(typeof(PhoneImportRequestJsonConverter))]
public sealed class PhoneImportRequest : JsonUnion
{
    private readonly object? _value;

    /// <summary>Imports a Twilio number.</summary>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public PhoneImportRequest(ImportTwilioRequest twilio) => _value = twilio ?? throw new ArgumentNullException(nameof(twilio));

    /// <summary>Imports a Vonage number.</summary>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public PhoneImportRequest(ImportVonageRequest vonage) => _value = vonage ?? throw new ArgumentNullException(nameof(vonage));

    /// <summary>Imports a Plivo number.</summary>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public PhoneImportRequest(ImportPlivoRequest plivo) => _value = plivo ?? throw new ArgumentNullException(nameof(plivo));

    /// <summary>Imports an Exotel number.</summary>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public PhoneImportRequest(ImportExotelRequest exotel) => _value = exotel ?? throw new ArgumentNullException(nameof(exotel));

    /// <summary>Imports a Telnyx number.</summary>
    /// <exception cref="ArgumentNullException">The request is null.</exception>
    public PhoneImportRequest(ImportTelnyxRequest telnyx) => _value = telnyx ?? throw new ArgumentNullException(nameof(telnyx));

    private PhoneImportRequest(JToken unknown, string reason)
        : base(unknown, reason)
    {
    }

    /// <summary>The Twilio form, or null.</summary>
    public ImportTwilioRequest? Twilio => _value as ImportTwilioRequest;

    /// <summary>The Vonage form, or null.</summary>
    public ImportVonageRequest? Vonage => _value as ImportVonageRequest;

    /// <summary>The Plivo form, or null.</summary>
    public ImportPlivoRequest? Plivo => _value as ImportPlivoRequest;

    /// <summary>The Exotel form, or null.</summary>
    public ImportExotelRequest? Exotel => _value as ImportExotelRequest;

    /// <summary>The Telnyx form, or null.</summary>
    public ImportTelnyxRequest? Telnyx => _value as ImportTelnyxRequest;

    /// <summary>The provider name as sent on the wire (<c>twilio</c>, <c>vonage</c>, ...); null for an unknown form.</summary>
    public string? Provider => _value switch
    {
        ImportTwilioRequest r => r.Provider ?? "twilio",
        ImportVonageRequest r => r.Provider ?? "vonage",
        ImportPlivoRequest r => r.Provider ?? "plivo",
        ImportExotelRequest r => r.Provider ?? "exotel",
        ImportTelnyxRequest r => r.Provider ?? "telnyx",
        _ => null,
    };

    /// <summary>The phone number being imported; null for an unknown form.</summary>
    public string? Phone => Match<string?>(r => r.Phone, r => r.Phone, r => r.Phone, r => r.Phone, r => r.Phone, _ => null);

    /// <summary>Wraps a Twilio import.</summary>
    public static implicit operator PhoneImportRequest(ImportTwilioRequest request) => new(request);

    /// <summary>Wraps a Vonage import.</summary>
    public static implicit operator PhoneImportRequest(ImportVonageRequest request) => new(request);

    /// <summary>Wraps a Plivo import.</summary>
    public static implicit operator PhoneImportRequest(ImportPlivoRequest request) => new(request);

    /// <summary>Wraps an Exotel import.</summary>
    public static implicit operator PhoneImportRequest(ImportExotelRequest request) => new(request);

    /// <summary>Wraps a Telnyx import.</summary>
    public static implicit operator PhoneImportRequest(ImportTelnyxRequest request) => new(request);

    /// <summary>Maps the provider form held to a value.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public TResult Match<TResult>(
        Func<ImportTwilioRequest, TResult> twilio,
        Func<ImportVonageRequest, TResult> vonage,
        Func<ImportPlivoRequest, TResult> plivo,
        Func<ImportExotelRequest, TResult> exotel,
        Func<ImportTelnyxRequest, TResult> telnyx,
        Func<string, TResult>? unknown = null) => _value switch
        {
            ImportTwilioRequest r => twilio(r),
            ImportVonageRequest r => vonage(r),
            ImportPlivoRequest r => plivo(r),
            ImportExotelRequest r => exotel(r),
            ImportTelnyxRequest r => telnyx(r),
            _ => unknown is not null ? unknown(UnknownJson!) : throw UnknownFormError(),
        };

    /// <summary>Runs the action for the provider form held.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public void Switch(
        Action<ImportTwilioRequest> twilio,
        Action<ImportVonageRequest> vonage,
        Action<ImportPlivoRequest> plivo,
        Action<ImportExotelRequest> exotel,
        Action<ImportTelnyxRequest> telnyx,
        Action<string>? unknown = null) =>
        Match<object?>(
            r => { twilio(r); return null; },
            r => { vonage(r); return null; },
            r => { plivo(r); return null; },
            r => { exotel(r); return null; },
            r => { telnyx(r); return null; },
            unknown is null ? null : j => { unknown(j); return null; });

    /// <summary>Gets the Twilio form if that is the one held.</summary>
    public bool TryPickTwilio([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ImportTwilioRequest? request) => (request = Twilio) is not null;

    /// <summary>Gets the Vonage form if that is the one held.</summary>
    public bool TryPickVonage([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ImportVonageRequest? request) => (request = Vonage) is not null;

    /// <summary>Gets the Plivo form if that is the one held.</summary>
    public bool TryPickPlivo([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ImportPlivoRequest? request) => (request = Plivo) is not null;

    /// <summary>Gets the Exotel form if that is the one held.</summary>
    public bool TryPickExotel([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ImportExotelRequest? request) => (request = Exotel) is not null;

    /// <summary>Gets the Telnyx form if that is the one held.</summary>
    public bool TryPickTelnyx([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ImportTelnyxRequest? request) => (request = Telnyx) is not null;

    /// <inheritdoc/>
    public override string ToString() => IsUnknown ? $"unknown phone import form {UnknownJson}" : $"{Provider} import of {Phone}";

    internal object? Value => _value;

    internal override object? Held => _value;

    /// <summary>A provider that contradicts the shape (provider "exotel" on a Twilio request, or a typo) is refused: the server would read the wrong fields.</summary>
    internal override void Validate(string path, RequestProblems problems, int depth)
    {
        base.Validate(path, problems, depth);
        var (set, expected, type) = _value switch
        {
            ImportTwilioRequest r => (r.Provider, "twilio", nameof(ImportTwilioRequest)),
            ImportVonageRequest r => (r.Provider, "vonage", nameof(ImportVonageRequest)),
            ImportPlivoRequest r => (r.Provider, "plivo", nameof(ImportPlivoRequest)),
            ImportExotelRequest r => (r.Provider, "exotel", nameof(ImportExotelRequest)),
            ImportTelnyxRequest r => (r.Provider, "telnyx", nameof(ImportTelnyxRequest)),
            _ => (null, null, null),
        };
        if (set is not null && expected is not null && !string.Equals(set, expected, StringComparison.Ordinal))
        {
            problems.Add(
                problems.Join(path, "provider"),
                $"is \"{set}\" but a {type} imports from \"{expected}\"; leave Provider unset, or use the request type of that provider");
        }
    }

    private sealed class PhoneImportRequestJsonConverter : JsonUnionConverter<PhoneImportRequest>
    {
        protected override string AcceptedForms =>
            "an import request for provider twilio, vonage, plivo, exotel or telnyx with that provider's credentials";

        protected override PhoneImportRequest? Read(JToken token, JsonSerializer serializer)
        {
            if (token is not JObject obj)
            {
                return null;
            }

            var provider = obj["provider"]?.Type == JTokenType.String ? (string?)obj["provider"] : InferProvider(obj);
            return provider switch
            {
                "twilio" => TryObject<ImportTwilioRequest>(obj, serializer) is { } r ? new PhoneImportRequest(r) : null,
                "vonage" => TryObject<ImportVonageRequest>(obj, serializer) is { } r ? new PhoneImportRequest(r) : null,
                "plivo" => TryObject<ImportPlivoRequest>(obj, serializer) is { } r ? new PhoneImportRequest(r) : null,
                "exotel" => TryObject<ImportExotelRequest>(obj, serializer) is { } r ? new PhoneImportRequest(r) : null,
                "telnyx" => TryObject<ImportTelnyxRequest>(obj, serializer) is { } r ? new PhoneImportRequest(r) : null,
                _ => null,
            };
        }

        // Without 'provider' the shapes overlap; the most specific credential field decides, as the server's defaults would.
        private static string? InferProvider(JObject obj) =>
            obj["account_sid"] is not null ? "twilio"
            : obj["subdomain"] is not null || obj["sid"] is not null || obj["api_token"] is not null ? "exotel"
            : obj["auth_id"] is not null || obj["auth_token"] is not null ? "plivo"
            : obj["api_secret"] is not null ? "vonage"
            : obj["api_key"] is not null ? "telnyx"
            : null;

        protected override PhoneImportRequest CreateUnknown(JToken token, string reason) => new(token, reason);

        // The provider is always written, first, even when the model's Provider is unset, so the server never guesses.
        protected override void Write(JsonWriter writer, PhoneImportRequest value, JsonSerializer serializer)
        {
            var obj = JObject.FromObject(value.Value!, serializer);
            obj.Remove("provider");
            obj.AddFirst(new JProperty("provider", value.Provider));
            obj.WriteTo(writer);
        }
    }
}
