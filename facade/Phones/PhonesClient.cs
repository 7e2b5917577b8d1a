using Millis.Models;

namespace Millis.Phones;

// Conveniences over the generated plumbing (generated/Millis.Resources.g.cs holds the rest of this class).
public partial class PhonesClient
{
    /// <summary>Replaces the number's tags (<c>PUT /phones/{phone}/tags</c>). Retried on transient failures.</summary>
    /// <param name="phone">The number in E.164 form.</param>
    /// <param name="tags">The new tags; they replace the old ones.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException">A tag is null or blank.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task UpdateTagsAsync(string phone, IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        PathSegment.Check(phone, nameof(phone));
        var list = Guard.NotNull(tags, nameof(tags)).ToList();
        if (list.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("tags must not contain null or blank entries.", nameof(tags));
        }

        return UpdateTagsCoreAsync(phone: phone, request: new UpdateTagsRequest { Tags = list }, cancellationToken: cancellationToken);
    }
}
