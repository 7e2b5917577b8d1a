using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.User;

/// <summary>The account behind the API key. Reached through <see cref="MillisClient.User"/>.</summary>
public class UserClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly UserRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected UserClient()
    {
    }

    internal UserClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new UserRawClient(pipeline.HttpClient);
    }

    /// <summary>Gets credit, used credit and auto-refill settings (<c>GET /user/info</c>). Retried on transient failures.</summary>
    /// <exception cref="MillisAuthenticationException">The key is not valid.</exception>
    public virtual Task<UserInfo> GetInfoAsync(CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteAsync(MillisOperations.UserGetInfo, ct => _raw.GetUserInfoAsync(ct), cancellationToken);
}
