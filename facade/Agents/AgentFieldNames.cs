namespace Millis.Agents;

/// <summary>Wire names of <see cref="AgentField"/> values.</summary>
internal static class AgentFieldNames
{
    /// <summary>The JSON name of the field, e.g. <c>first_message</c>.</summary>
    public static string WireName(this AgentField field) => field switch
    {
        AgentField.Prompt => "prompt",
        AgentField.Voice => "voice",
        AgentField.Flow => "flow",
        AgentField.FirstMessage => "first_message",
        AgentField.Tools => "tools",
        AgentField.MillisFunctions => "millis_functions",
        AgentField.AppFunctions => "app_functions",
        AgentField.CustomLlmWebsocket => "custom_llm_websocket",
        AgentField.Language => "language",
        AgentField.VadThreshold => "vad_threshold",
        AgentField.Llm => "llm",
        AgentField.SessionTimeout => "session_timeout",
        AgentField.SessionDataWebhook => "session_data_webhook",
        AgentField.PrivacySettings => "privacy_settings",
        AgentField.CustomVocabulary => "custom_vocabulary",
        AgentField.ExtraPromptWebhook => "extra_prompt_webhook",
        AgentField.SwitchLanguage => "switch_language",
        AgentField.KnowledgeBase => "knowledge_base",
        AgentField.SpeechToText => "speech_to_text",
        AgentField.CallSettings => "call_settings",
        AgentField.Memory => "memory",
        AgentField.Timezone => "timezone",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown agent field."),
    };
}
