using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Campaigns;

/// <summary>Outbound call campaigns. Reached through <see cref="MillisClient.Campaigns"/>.</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/campaigns</remarks>
public class CampaignsClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly CampaignsRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected CampaignsClient()
    {
    }

    internal CampaignsClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new CampaignsRawClient(pipeline.HttpClient);
    }

    /// <summary>Creates an empty campaign (<c>POST /campaigns</c>).</summary>
    /// <remarks>Creates something, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public virtual Task<Campaign> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(name, nameof(name), "campaign name");
        return _pipeline.ExecuteAsync(MillisOperations.CampaignsCreate, ct => _raw.CreateCampaignAsync(new CampaignCreate { Name = name }, ct), cancellationToken);
    }

    /// <summary>Lists campaigns with their records (<c>GET /campaigns</c>; not paged). Retried on transient failures.</summary>
    public virtual Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteListAsync(MillisOperations.CampaignsList, ct => _raw.GetAllCampaignsAsync(ct), cancellationToken);

    /// <summary>Gets a campaign with its records (<c>GET /campaigns/{campaign_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="campaignId"/> is blank.</exception>
    public virtual Task<Campaign> GetAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        return _pipeline.ExecuteAsync(MillisOperations.CampaignsGet, ct => _raw.GetCampaignAsync(campaignId, ct), cancellationToken);
    }

    /// <summary>Deletes a campaign (<c>DELETE /campaigns/{campaign_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="campaignId"/> is blank.</exception>
    public virtual Task DeleteAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        return _pipeline.ExecuteGenericAsync(MillisOperations.CampaignsDelete, ct => _raw.DeleteCampaignAsync(campaignId, ct), cancellationToken);
    }

    /// <summary>Gets a campaign's settings without its records (<c>GET /campaigns/{campaign_id}/info</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="campaignId"/> is blank.</exception>
    public virtual Task<CampaignInfo> GetInfoAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        return _pipeline.ExecuteAsync(MillisOperations.CampaignsGetInfo, ct => _raw.GetCampaignInfoAsync(campaignId, ct), cancellationToken);
    }

    /// <summary>Renames a campaign or changes whether record metadata goes into the prompt (<c>PUT /campaigns/{campaign_id}/info</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task<CampaignInfo> EditInfoAsync(string campaignId, CampaignEditRequest changes, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        Guard.NotNull(changes, nameof(changes));
        return _pipeline.ExecuteAsync(MillisOperations.CampaignsEditInfo, ct => _raw.EditCampaignInfoAsync(campaignId, changes, ct), cancellationToken);
    }

    /// <summary>Adds the numbers to call, each with optional metadata for the prompt (<c>POST /campaigns/{campaign_id}/records</c>).</summary>
    /// <remarks>Adds records, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException">A required argument is missing, the list is empty, or a record has no phone.</exception>
    public virtual Task UploadRecordsAsync(string campaignId, IEnumerable<CampaignRecordCreate> records, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        var list = Guard.NotNull(records, nameof(records)).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("records must contain at least one record.", nameof(records));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null || string.IsNullOrWhiteSpace(list[i].Phone))
            {
                throw new ArgumentException($"records[{i}].Phone is required (E.164, e.g. +15551234567).", nameof(records));
            }
        }

        return _pipeline.ExecuteGenericAsync(MillisOperations.CampaignsUploadRecords, ct => _raw.UploadRecordsAsync(campaignId, list, ct), cancellationToken);
    }

    /// <summary>Removes one number from a campaign (<c>DELETE /campaigns/{campaign_id}/records/{phone}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task DeleteRecordAsync(string campaignId, string phone, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        Guard.NotBlank(phone, nameof(phone), "phone number of the record");
        return _pipeline.ExecuteGenericAsync(MillisOperations.CampaignsDeleteRecord, ct => _raw.DeleteCampaignRecordAsync(campaignId, phone, ct), cancellationToken);
    }

    /// <summary>Sets the number the campaign calls from; it must already be in the account (<c>POST /campaigns/{campaign_id}/set_caller</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task SetCallerAsync(string campaignId, string callerPhone, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        Guard.NotBlank(callerPhone, nameof(callerPhone), "caller phone number");
        return _pipeline.ExecuteGenericAsync(MillisOperations.CampaignsSetCaller, ct => _raw.SetCallerAsync(campaignId, new SetCallerRequest { Caller = callerPhone }, ct), cancellationToken);
    }

    /// <summary>Starts dialling the campaign's records (<c>POST /campaigns/{campaign_id}/start</c>).</summary>
    /// <remarks>Places calls, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="campaignId"/> is blank.</exception>
    public virtual Task StartAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        return _pipeline.ExecuteGenericAsync(MillisOperations.CampaignsStart, ct => _raw.StartCampaignAsync(campaignId, ct), cancellationToken);
    }

    /// <summary>Stops a running campaign (<c>POST /campaigns/{campaign_id}/stop</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="campaignId"/> is blank.</exception>
    public virtual Task StopAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(campaignId, nameof(campaignId), "campaign id");
        return _pipeline.ExecuteGenericAsync(MillisOperations.CampaignsStop, ct => _raw.StopCampaignAsync(campaignId, ct), cancellationToken);
    }
}
