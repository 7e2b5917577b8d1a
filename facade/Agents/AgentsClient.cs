using Millis.Models;

namespace Millis.Agents;

// Conveniences over the generated plumbing (generated/Millis.Resources.g.cs holds the rest of this class).
public partial class AgentsClient
{
    /// <summary>Updates an agent's name and the config fields set in <paramref name="config"/> (<c>PUT /agents/{agent_id}</c>).</summary>
    /// <remarks>Fields not set in <paramref name="config"/> are not sent, so the server keeps them. Retried on transient failures.</remarks>
    /// <param name="agentId">The agent's id.</param>
    /// <param name="name">The agent's name (the API requires it on every update).</param>
    /// <param name="config">The fields to change, e.g. from <see cref="PartialAgentConfigBuilder"/>.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException">An argument is null or blank.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task UpdateAsync(string agentId, string name, PartialAgentConfig config, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(name, nameof(name), "agent name (the API requires it on every update)");
        return UpdateAsync(agentId, new AgentUpdate { Name = name, Config = Guard.NotNull(config, nameof(config)) }, cancellationToken);
    }

    /// <summary>The agent's call histories (<c>GET /agents/{agent_id}/call-histories</c>), unwrapped from the response envelope.</summary>
    /// <remarks>Retried on transient failures.</remarks>
    /// <param name="agentId">The agent's id.</param>
    /// <param name="startAt">Only calls from this Unix time (seconds) on; unset when null.</param>
    /// <param name="limit">Most items returned; must be positive (server default 20).</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is not a usable id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not positive.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual async Task<IReadOnlyList<AgentCallHistory>> GetCallHistoriesAsync(string agentId, double? startAt = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        PathSegment.Check(agentId, nameof(agentId));
        if (limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "limit must be positive.");
        }

        var response = await ListCallHistoriesCoreAsync(agentId: agentId, startAt: startAt, limit: limit, cancellationToken: cancellationToken).ConfigureAwait(false);
        return Guard.AsReadOnly(response.Items);
    }
}
