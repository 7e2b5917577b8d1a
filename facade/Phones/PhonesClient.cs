using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Phones;

/// <summary>Phone numbers. Reached through <see cref="MillisClient.Phones"/>. A number is addressed by itself in E.164 form (<c>+15551234567</c>).</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/phones</remarks>
public class PhonesClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly PhonesRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected PhonesClient()
    {
    }

    internal PhonesClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new PhonesRawClient(pipeline.HttpClient);
    }

    /// <summary>Lists the account's numbers (<c>GET /phones</c>; not paged). Retried on transient failures.</summary>
    public virtual Task<IReadOnlyList<Phone>> ListAsync(CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteListAsync(MillisOperations.PhonesList, ct => _raw.GetPhonesAsync(ct), cancellationToken);

    /// <summary>Gets one number with its agent and config override (<c>GET /phones/{phone}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is blank.</exception>
    public virtual Task<Phone> GetAsync(string phone, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(phone, nameof(phone), "phone number");
        return _pipeline.ExecuteAsync(MillisOperations.PhonesGet, ct => _raw.GetPhoneAsync(phone, ct), cancellationToken);
    }

    /// <summary>Removes a number from the account (<c>DELETE /phones/{phone}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is blank.</exception>
    public virtual Task DeleteAsync(string phone, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(phone, nameof(phone), "phone number");
        return _pipeline.ExecuteGenericAsync(MillisOperations.PhonesDelete, ct => _raw.DeletePhoneAsync(phone, ct), cancellationToken);
    }

    /// <summary>Imports a number you hold at Twilio, Vonage, Plivo, Exotel or Telnyx (<c>POST /phones/import</c>).</summary>
    /// <remarks>Creates something, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.
    /// The response is undocumented, so it is returned as JSON.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public virtual Task<MillisResult> ImportAsync(PhoneImportRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        if (request.IsUnknown)
        {
            throw new ArgumentException("request holds a provider form this SDK does not know; build it from one of the Import*Request types.", nameof(request));
        }

        return _pipeline.ExecuteUntypedAsync(MillisOperations.PhonesImport, ct => _raw.ImportPhoneNumberAsync(request, ct), cancellationToken);
    }

    /// <summary>Buys a new number (<c>POST /phones/purchase</c>). The response is undocumented (it appears to be the number), so it is returned as JSON.</summary>
    /// <remarks>Charges the account, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException">Country or area code is missing.</exception>
    public virtual Task<MillisResult> PurchaseAsync(PurchasePhoneNumberRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.NotBlank(request.Country, "request.Country", "country code, e.g. US");
        Guard.NotBlank(request.AreaCode, "request.AreaCode", "area code, e.g. 415");
        return _pipeline.ExecuteUntypedAsync(MillisOperations.PhonesPurchase, ct => _raw.PurchasePhoneNumberAsync(request, ct), cancellationToken);
    }

    /// <summary>Attaches an agent to answer and place calls on the number, or detaches it with null (<c>POST /phones/{phone}/set_agent</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is blank.</exception>
    public virtual Task SetAgentAsync(string phone, string? agentId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(phone, nameof(phone), "phone number");
        return _pipeline.ExecuteGenericAsync(MillisOperations.PhonesSetAgent, ct => _raw.SetAgentAsync(phone, new SetAgentRequest { AgentId = agentId }, ct), cancellationToken);
    }

    /// <summary>
    /// Overrides parts of the agent's config for calls on this number (<c>POST /phones/{phone}/agent-config-override</c>);
    /// only the fields set in <paramref name="config"/> are sent. Retried on transient failures.
    /// </summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task SetAgentConfigOverrideAsync(string phone, PartialAgentConfig config, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(phone, nameof(phone), "phone number");
        Guard.NotNull(config, nameof(config));
        return _pipeline.ExecuteGenericAsync(MillisOperations.PhonesSetAgentConfigOverride, ct => _raw.SetAgentConfigOverrideAsync(phone, config, ct), cancellationToken);
    }

    /// <summary>Replaces all tags of the number (<c>PUT /phones/{phone}/tags</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException">A required argument is missing or a tag is blank.</exception>
    public virtual Task UpdateTagsAsync(string phone, IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(phone, nameof(phone), "phone number");
        var list = Guard.NotNull(tags, nameof(tags)).ToList();
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("tags must not contain null or blank entries.", nameof(tags));
        }

        return _pipeline.ExecuteGenericAsync(MillisOperations.PhonesUpdateTags, ct => _raw.UpdatePhoneTagsAsync(phone, new UpdateTagsRequest { Tags = list }, ct), cancellationToken);
    }
}
