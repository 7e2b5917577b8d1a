using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds a full <see cref="AgentConfig"/> (to create an agent) fluently and validates it at <see cref="Build"/>.
/// For updates and overrides that must carry only the fields you set, use <see cref="PartialAgentConfigBuilder"/>.
/// </summary>
/// <example><code>
/// var config = new AgentConfigBuilder()
///     .WithPrompt("You are the front desk of Acme Dental.")
///     .WithVoice(Voice.ElevenLabs("voice-id").Model("eleven_turbo_v2_5"))
///     .Flow(f => f.AllowInterruptions().TransferTo("+15551234567", "sales"))
///     .AddTool(t => t.Named("lookup").Description("Finds an order").Webhook("https://api.example.com/orders")
///         .Parameter("id", "string", "Order id", required: true))
///     .Build();
/// </code></example>
public sealed class AgentConfigBuilder : AgentConfigBuilderBase<AgentConfigBuilder>
{
    /// <summary>Starts an empty configuration; <c>prompt</c> and <c>voice</c> must be set before <see cref="Build"/>.</summary>
    public AgentConfigBuilder()
    {
    }

    /// <summary>
    /// Validates the configuration and returns it. Each call returns a new object that shares nothing with the builder.
    /// </summary>
    /// <exception cref="AgentConfigValidationException">The configuration is invalid; <see cref="AgentConfigValidationException.Problems"/> lists every problem.</exception>
    public AgentConfig Build() => Snapshot<AgentConfig>(full: true);

    /// <summary>Validates the configuration and returns the body of <c>POST /agents</c>.</summary>
    /// <param name="name">The agent's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="AgentConfigValidationException">The configuration is invalid.</exception>
    public AgentCreate BuildCreate(string name) => new() { Name = Guard.NotNull(name, nameof(name)), Config = Build() };
}
