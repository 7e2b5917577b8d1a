using Millis.Models;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Agents;

/// <summary>Copies between <see cref="AgentConfig"/> and <see cref="PartialAgentConfig"/>, which share their fields.</summary>
internal static class AgentConfigConversion
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(MillisJson.Settings);

    /// <summary>A copy of a full config as a partial one (for validation).</summary>
    public static PartialAgentConfig ToPartialShallow(AgentConfig config) => DeepCopy<PartialAgentConfig>(config);

    /// <summary>
    /// A deep copy of <paramref name="source"/> as <typeparamref name="T"/>, made through its JSON so that the result
    /// shares nothing with the source and holds exactly the fields the source holds (nothing set is lost, nothing unset appears).
    /// </summary>
    public static T DeepCopy<T>(object source)
        where T : class =>
        JToken.FromObject(source, Serializer).ToObject<T>(Serializer)
        ?? throw new InvalidOperationException("The agent config could not be copied.");
}
