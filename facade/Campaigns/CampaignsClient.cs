using Millis.Models;

namespace Millis.Campaigns;

// Conveniences over the generated plumbing (generated/Millis.Resources.g.cs holds the rest of this class).
public partial class CampaignsClient
{
    /// <summary>Adds records (phone numbers with metadata) to a campaign (<c>POST /campaigns/{campaign_id}/records</c>).</summary>
    /// <remarks>Creates records, so it is never repeated once the request may have reached the server: retried only when it was provably not sent, or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <param name="campaignId">The campaign's id.</param>
    /// <param name="records">At least one record, each with a phone number.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException">No records, or a record without a phone number.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task UploadRecordsAsync(string campaignId, IEnumerable<CampaignRecordCreate> records, CancellationToken cancellationToken = default)
    {
        PathSegment.Check(campaignId, nameof(campaignId));
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

        RequestValidation.Check(list, nameof(records));
        return UploadRecordsCoreAsync(campaignId: campaignId, records: list, cancellationToken: cancellationToken);
    }
}
