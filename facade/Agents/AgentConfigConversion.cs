using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Agents;

/// <summary>Copies between <see cref="AgentConfig"/> and <see cref="PartialAgentConfig"/>, which share their fields.</summary>
internal static class AgentConfigConversion
{
    private static readonly JsonSerializer Writer = JsonSerializer.CreateDefault();

    private static readonly JsonSerializer Reader = JsonSerializer.Create(new JsonSerializerSettings { ContractResolver = new NoInitializerContractResolver() });

    /// <summary>A shallow copy of a full config as a partial one (for validation).</summary>
    public static PartialAgentConfig ToPartialShallow(AgentConfig config) => new()
    {
        Prompt = config.Prompt,
        Voice = config.Voice,
        Flow = config.Flow,
        FirstMessage = config.FirstMessage,
        Tools = config.Tools,
        MillisFunctions = config.MillisFunctions,
        AppFunctions = config.AppFunctions,
        CustomLlmWebsocket = config.CustomLlmWebsocket,
        Language = config.Language,
        VadThreshold = config.VadThreshold,
        Llm = config.Llm,
        SessionTimeout = config.SessionTimeout,
        SessionDataWebhook = config.SessionDataWebhook,
        PrivacySettings = config.PrivacySettings,
        CustomVocabulary = config.CustomVocabulary,
        ExtraPromptWebhook = config.ExtraPromptWebhook,
        SwitchLanguage = config.SwitchLanguage,
        KnowledgeBase = config.KnowledgeBase,
        SpeechToText = config.SpeechToText,
        CallSettings = config.CallSettings,
        Memory = config.Memory,
        Timezone = config.Timezone,
    };

    /// <summary>
    /// A deep copy of <paramref name="source"/> as <typeparamref name="T"/>, made through its JSON so that the result
    /// shares nothing with the builder. Models are created without their property initializers, so schema defaults
    /// (<c>llm.temperature = 0</c>, <c>call_settings.enable_recording = false</c>, ...) the caller never set stay unset.
    /// </summary>
    public static T DeepCopy<T>(object source)
        where T : class =>
        JToken.FromObject(source, Writer).ToObject<T>(Reader)
        ?? throw new InvalidOperationException("The agent config could not be copied.");
}
