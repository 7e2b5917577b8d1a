using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Agents;

/// <summary>Voice agents. Reached through <see cref="MillisClient.Agents"/>.</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/agents</remarks>
public class AgentsClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly AgentsRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected AgentsClient()
    {
    }

    internal AgentsClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new AgentsRawClient(pipeline.HttpClient);
    }

    /// <summary>Lists the account's agents (<c>GET /agents</c>; not paged). Retried on transient failures.</summary>
    public virtual Task<IReadOnlyList<Agent>> ListAsync(CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteListAsync(MillisOperations.AgentsList, ct => _raw.GetAgentsAsync(ct), cancellationToken);

    /// <summary>Gets one agent (<c>GET /agents/{agent_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is blank.</exception>
    /// <exception cref="MillisNotFoundException">No such agent in this region.</exception>
    public virtual Task<Agent> GetAsync(string agentId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        return _pipeline.ExecuteAsync(MillisOperations.AgentsGet, ct => _raw.GetAgentAsync(agentId, ct), cancellationToken);
    }

    /// <summary>Creates an agent (<c>POST /agents</c>) and returns it with its new id.</summary>
    /// <remarks>Creates something, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.
    /// Build <paramref name="config"/> with <c>AgentConfigBuilder</c> to validate it before sending.</remarks>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task<Agent> CreateAsync(string name, AgentConfig config, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(name, nameof(name), "agent name");
        Guard.NotNull(config, nameof(config));
        return _pipeline.ExecuteAsync(MillisOperations.AgentsCreate, ct => _raw.CreateAgentAsync(new AgentCreate { Name = name, Config = config }, ct), cancellationToken);
    }

    /// <summary>
    /// Updates an agent (<c>PUT /agents/{agent_id}</c>): renames it and changes only the config fields set in
    /// <paramref name="config"/> (the API requires both). Retried on transient failures.
    /// </summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task UpdateAsync(string agentId, string name, PartialAgentConfig config, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        Guard.NotBlank(name, nameof(name), "agent name (the API requires it on every update)");
        Guard.NotNull(config, nameof(config));
        return _pipeline.ExecuteGenericAsync(MillisOperations.AgentsUpdate, ct => _raw.UpdateAgentAsync(agentId, new AgentUpdate { Name = name, Config = config }, ct), cancellationToken);
    }

    /// <summary>Updates an agent with an update built by <see cref="PartialAgentConfigBuilder.BuildUpdate"/> (<c>PUT /agents/{agent_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task UpdateAsync(string agentId, AgentUpdate update, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(update, nameof(update));
        return UpdateAsync(agentId, update.Name, update.Config, cancellationToken);
    }

    /// <summary>Deletes an agent (<c>DELETE /agents/{agent_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is blank.</exception>
    public virtual Task DeleteAsync(string agentId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        return _pipeline.ExecuteGenericAsync(MillisOperations.AgentsDelete, ct => _raw.DeleteAgentAsync(agentId, ct), cancellationToken);
    }

    /// <summary>Copies an agent (<c>POST /agents/{agent_id}/duplicate</c>) and returns the copy.</summary>
    /// <remarks>Creates something, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is blank.</exception>
    public virtual Task<Agent> DuplicateAsync(string agentId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        return _pipeline.ExecuteAsync(MillisOperations.AgentsDuplicate, ct => _raw.DuplicateAgentAsync(agentId, ct), cancellationToken);
    }

    /// <summary>Sets how the agent's web widget looks (<c>POST /agents/{agent_id}/embed</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task SetEmbedConfigAsync(string agentId, EmbedConfig config, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        Guard.NotNull(config, nameof(config));
        return _pipeline.ExecuteGenericAsync(MillisOperations.AgentsSetEmbedConfig, ct => _raw.SetEmbedConfigAsync(agentId, config, ct), cancellationToken);
    }

    /// <summary>
    /// Gets an agent's call histories (<c>GET /agents/{agent_id}/call-histories</c>). The API returns no cursor here;
    /// use <c>client.CallLogs</c> with an agent filter to page through all calls. Retried on transient failures.
    /// </summary>
    /// <param name="agentId">The agent.</param>
    /// <param name="startAt">The API's <c>start_at</c> bound (undocumented; it appears to be a Unix timestamp).</param>
    /// <param name="limit">How many items (API default 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="agentId"/> is blank or <paramref name="limit"/> is not positive.</exception>
    public virtual Task<IReadOnlyList<AgentCallHistory>> GetCallHistoriesAsync(string agentId, double? startAt = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        if (limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "limit must be positive.");
        }

        return _pipeline.ExecuteAsync(
            MillisOperations.AgentsListCallHistories,
            async ct => Guard.AsReadOnly((await _raw.GetCallHistoriesAsync(agentId, startAt, limit, ct).ConfigureAwait(false)).Items),
            cancellationToken);
    }
}
