using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds a <see cref="PartialAgentConfig"/> for agent updates, phone overrides and per-call configs: it holds only the
/// fields you set (nothing else is sent, so the server keeps its values), and <see cref="Clear(AgentField)"/> sends an
/// explicit JSON <c>null</c> to remove a field. Nested objects (<c>flow</c>, <c>llm</c>, lists such as <c>tools</c>) are
/// sent as built; whether the server merges or replaces them is not documented.
/// </summary>
/// <example><code>
/// var update = new PartialAgentConfigBuilder()
///     .WithPrompt("New instructions")
///     .Clear(AgentField.FirstMessage)
///     .BuildUpdate("Front desk");   // {"name":"Front desk","config":{"prompt":"New instructions","first_message":null}}
/// </code></example>
public sealed class PartialAgentConfigBuilder : AgentConfigBuilderBase<PartialAgentConfigBuilder>
{
    private readonly List<AgentField> _cleared = new();

    /// <summary>Starts an empty update: built now, it would change nothing.</summary>
    public PartialAgentConfigBuilder()
    {
    }

    /// <summary>The fields that will be sent as JSON <c>null</c>, in the order they were cleared.</summary>
    public IReadOnlyList<AgentField> ClearedFields => _cleared.AsReadOnly();

    /// <summary>
    /// Removes <paramref name="field"/> on the server by sending it as JSON <c>null</c> (every field of the partial
    /// config is nullable in the API). Forgets any value set for it; setting it again afterwards cancels the clear.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not a defined <see cref="AgentField"/>.</exception>
    public PartialAgentConfigBuilder Clear(AgentField field)
    {
        Unset(field);
        if (!_cleared.Contains(field))
        {
            _cleared.Add(field);
        }

        return this;
    }

    /// <summary>
    /// Validates the fields set and returns the partial config. Each call returns a new object that shares nothing
    /// with the builder; cleared fields are sent as <c>"field": null</c> (<see cref="MillisModel.SetNull"/>).
    /// </summary>
    /// <exception cref="AgentConfigValidationException">A field set is invalid; <see cref="AgentConfigValidationException.Problems"/> lists every problem.</exception>
    public PartialAgentConfig Build()
    {
        var config = Snapshot<PartialAgentConfig>(full: false);
        foreach (var field in _cleared)
        {
            config.SetNull(field.PropertyName());
        }

        return config;
    }

    /// <summary>Validates the fields set and returns the body of <c>PUT /agents/{id}</c>.</summary>
    /// <param name="name">The agent's name (the API requires it in every update).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="AgentConfigValidationException">A field set is invalid.</exception>
    public AgentUpdate BuildUpdate(string name) => new() { Name = Guard.NotNull(name, nameof(name)), Config = Build() };

    private protected override void OnSet(AgentField field) => _cleared.Remove(field);
}
