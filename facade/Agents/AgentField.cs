namespace Millis.Agents;

/// <summary>A top-level field of an agent configuration, for <see cref="PartialAgentConfigBuilder.Clear(AgentField)"/>.</summary>
public enum AgentField
{
    /// <summary>The agent's instructions (<c>prompt</c>).</summary>
    Prompt,

    /// <summary>The voice (<c>voice</c>).</summary>
    Voice,

    /// <summary>Conversation-flow settings (<c>flow</c>).</summary>
    Flow,

    /// <summary>The opening message (<c>first_message</c>).</summary>
    FirstMessage,

    /// <summary>The webhook tools (<c>tools</c>).</summary>
    Tools,

    /// <summary>The Millis functions (<c>millis_functions</c>).</summary>
    MillisFunctions,

    /// <summary>The app functions (<c>app_functions</c>).</summary>
    AppFunctions,

    /// <summary>The custom LLM WebSocket URL (<c>custom_llm_websocket</c>).</summary>
    CustomLlmWebsocket,

    /// <summary>The default language (<c>language</c>).</summary>
    Language,

    /// <summary>The voice-activity-detection threshold (<c>vad_threshold</c>).</summary>
    VadThreshold,

    /// <summary>The LLM settings (<c>llm</c>).</summary>
    Llm,

    /// <summary>The session timeouts (<c>session_timeout</c>).</summary>
    SessionTimeout,

    /// <summary>The end-of-session data webhook (<c>session_data_webhook</c>).</summary>
    SessionDataWebhook,

    /// <summary>The privacy settings (<c>privacy_settings</c>).</summary>
    PrivacySettings,

    /// <summary>The custom vocabulary (<c>custom_vocabulary</c>).</summary>
    CustomVocabulary,

    /// <summary>The extra-prompt webhook (<c>extra_prompt_webhook</c>).</summary>
    ExtraPromptWebhook,

    /// <summary>The language-switching settings (<c>switch_language</c>).</summary>
    SwitchLanguage,

    /// <summary>The knowledge base (<c>knowledge_base</c>).</summary>
    KnowledgeBase,

    /// <summary>The speech-to-text settings (<c>speech_to_text</c>).</summary>
    SpeechToText,

    /// <summary>The call settings (recording, background audio) (<c>call_settings</c>).</summary>
    CallSettings,

    /// <summary>The memory settings (<c>memory</c>).</summary>
    Memory,

    /// <summary>The timezone (<c>timezone</c>).</summary>
    Timezone,
}
