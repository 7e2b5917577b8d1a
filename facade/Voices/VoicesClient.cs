using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Voices;

/// <summary>The voices agents can speak with. Reached through <see cref="MillisClient.Voices"/>.</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/voices</remarks>
public class VoicesClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly VoicesRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected VoicesClient()
    {
    }

    internal VoicesClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new VoicesRawClient(pipeline.HttpClient);
    }

    /// <summary>Lists the built-in voices for a language (<c>GET /voices?language=</c>, default <c>en</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="language"/> is blank.</exception>
    public virtual Task<IReadOnlyList<VoiceOption>> ListAsync(string language = "en", CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(language, nameof(language), "language code, e.g. en");
        return _pipeline.ExecuteListAsync(MillisOperations.VoicesList, ct => _raw.GetVoicesAsync(language, ct), cancellationToken);
    }

    /// <summary>Lists the account's custom voices for a language (<c>GET /voices/custom?lang_code=</c>, default <c>en</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="languageCode"/> is blank.</exception>
    public virtual Task<IReadOnlyList<VoiceOption>> ListCustomAsync(string languageCode = "en", CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(languageCode, nameof(languageCode), "language code, e.g. en");
        return _pipeline.ExecuteListAsync(MillisOperations.VoicesListCustom, ct => _raw.GetCustomVoicesAsync(languageCode, ct), cancellationToken);
    }
}
