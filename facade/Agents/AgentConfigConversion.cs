using Millis.Models;
using Millis.Serialization;

namespace Millis.Agents;

/// <summary>Copies between <see cref="AgentConfig"/> and <see cref="PartialAgentConfig"/>, which share their fields.</summary>
internal static class AgentConfigConversion
{
    /// <summary>A copy of a full config as a partial one (for validation).</summary>
    public static PartialAgentConfig ToPartialShallow(AgentConfig config) => DeepCopy<PartialAgentConfig>(config);

    /// <summary>
    /// A deep copy of <paramref name="source"/> as <typeparamref name="T"/>, made through its JSON so that the result
    /// shares nothing with the source and holds exactly the fields the source holds (nothing set is lost, nothing unset appears).
    /// </summary>
    public static T DeepCopy<T>(object source)
        where T : class => ModelCopy.As<T>(source);
}
