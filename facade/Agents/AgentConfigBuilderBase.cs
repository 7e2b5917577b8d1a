using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// The setters shared by <see cref="AgentConfigBuilder"/> (a full config, to create an agent) and
/// <see cref="PartialAgentConfigBuilder"/> (an update or override holding only the fields set). Each setter maps to one
/// JSON field; nothing is checked until <c>Build()</c>, which reports every problem at once.
/// </summary>
/// <typeparam name="TSelf">The concrete builder, returned by every setter for chaining.</typeparam>
public abstract class AgentConfigBuilderBase<TSelf>
    where TSelf : AgentConfigBuilderBase<TSelf>
{
    private FlowBuilder? _flow;

    private protected AgentConfigBuilderBase()
    {
    }

    /// <summary>The fields set so far (a model writes only what was set; see <see cref="MillisModel"/>).</summary>
    private protected PartialAgentConfig State { get; } = new();

    private TSelf Self => (TSelf)this;

    /// <summary>Sets the agent's instructions (<c>prompt</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="prompt"/> is null.</exception>
    public TSelf WithPrompt(string prompt)
    {
        State.Prompt = Guard.NotNull(prompt, nameof(prompt));
        return Touched(AgentField.Prompt);
    }

    /// <summary>Sets the agent's opening line (<c>first_message</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="firstMessage"/> is null.</exception>
    public TSelf WithFirstMessage(string firstMessage)
    {
        State.FirstMessage = Guard.NotNull(firstMessage, nameof(firstMessage));
        return Touched(AgentField.FirstMessage);
    }

    /// <summary>Sets the default language (<c>language</c>), e.g. <see cref="Language.EnUS"/> or a raw string such as <c>"en-US"</c>.</summary>
    public TSelf WithLanguage(Language language)
    {
        State.Language = language;
        return Touched(AgentField.Language);
    }

    /// <summary>Sets the voice (<c>voice</c>) from a builder, e.g. <c>Voice.ElevenLabs("voice-id").Model("eleven_turbo_v2_5")</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voice"/> is null.</exception>
    public TSelf WithVoice(VoiceBuilder voice)
    {
        State.Voice = Guard.NotNull(voice, nameof(voice)).Build();
        return Touched(AgentField.Voice);
    }

    /// <summary>Sets the voice (<c>voice</c>) from a provider and voice id; the provider may be a raw string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public TSelf WithVoice(VoiceProvider provider, string voiceId, string? model = null)
    {
        var voice = Voice.Of(provider, voiceId);
        return WithVoice(model is null ? voice : voice.Model(model));
    }

    /// <summary>Sets the voice (<c>voice</c>) from a model; the builder keeps the object given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voice"/> is null.</exception>
    public TSelf WithVoice(Voice voice)
    {
        State.Voice = Guard.NotNull(voice, nameof(voice));
        return Touched(AgentField.Voice);
    }

    /// <summary>Configures the conversation flow (<c>flow</c>); repeated calls add to the same flow.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public TSelf Flow(Action<FlowBuilder> configure)
    {
        Guard.NotNull(configure, nameof(configure));
        _flow ??= new FlowBuilder();
        configure(_flow);
        State.Flow = _flow.Model;
        return Touched(AgentField.Flow);
    }

    /// <summary>Adds a webhook tool (<c>tools[]</c>). In an update the whole list is sent and replaces the agent's tools.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public TSelf AddTool(Action<ToolBuilder> configure)
    {
        Guard.NotNull(configure, nameof(configure));
        var tool = new ToolBuilder();
        configure(tool);
        return AddTool(tool.Model);
    }

    /// <summary>Adds a webhook tool model (<c>tools[]</c>); the builder keeps the object given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tool"/> is null.</exception>
    public TSelf AddTool(AgentTool tool)
    {
        (State.Tools ??= new List<AgentTool>()).Add(Guard.NotNull(tool, nameof(tool)));
        return Touched(AgentField.Tools);
    }

    /// <summary>Adds a Millis function such as a webform (<c>millis_functions[]</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public TSelf AddMillisFunction(Action<MillisFunctionBuilder> configure)
    {
        Guard.NotNull(configure, nameof(configure));
        var function = new MillisFunctionBuilder();
        configure(function);
        (State.MillisFunctions ??= new List<MillisFunction>()).Add(function.Model);
        return Touched(AgentField.MillisFunctions);
    }

    /// <summary>Adds an app-integration function (<c>app_functions[]</c>).</summary>
    /// <param name="name">The app function's name.</param>
    /// <param name="credentials">Credentials for the app (<c>credentials</c>); unset when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public TSelf AddAppFunction(string name, IDictionary<string, string>? credentials = null)
    {
        (State.AppFunctions ??= new List<AppFunction>()).Add(new AppFunction
        {
            Name = Guard.NotNull(name, nameof(name)),
            Credentials = credentials is null ? null : new Dictionary<string, string>(credentials, StringComparer.Ordinal),
        });
        return Touched(AgentField.AppFunctions);
    }

    /// <summary>Uses your own LLM over a WebSocket (<c>custom_llm_websocket</c>), e.g. <c>wss://llm.example.com/ws</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public TSelf WithCustomLlmWebsocket(string url)
    {
        State.CustomLlmWebsocket = Guard.NotNull(url, nameof(url));
        return Touched(AgentField.CustomLlmWebsocket);
    }

    /// <summary>Sets the voice-activity-detection threshold (<c>vad_threshold</c>), from 0 to 1.</summary>
    public TSelf WithVadThreshold(double threshold)
    {
        State.VadThreshold = threshold;
        return Touched(AgentField.VadThreshold);
    }

    /// <summary>Sets the LLM (<c>llm</c>); only the arguments given are sent.</summary>
    /// <param name="model">The model, e.g. <see cref="LLMProvider.Gpt4o"/> or a raw string.</param>
    /// <param name="temperature">From 0 to 2 (<c>temperature</c>); unset when null (the server default is 0).</param>
    /// <param name="historyMessageLimit">Most history messages sent to the LLM (<c>history_settings.history_message_limit</c>).</param>
    /// <param name="historyToolResultLimit">Most tool results kept in the history (<c>history_settings.history_tool_result_limit</c>).</param>
    public TSelf WithLlm(LLMProvider model, double? temperature = null, int? historyMessageLimit = null, int? historyToolResultLimit = null)
    {
        State.Llm = new LLM
        {
            Model = model,
            Temperature = temperature,
            HistorySettings = historyMessageLimit is null && historyToolResultLimit is null
                ? null
                : new HistorySettings { HistoryMessageLimit = historyMessageLimit, HistoryToolResultLimit = historyToolResultLimit },
        };
        return Touched(AgentField.Llm);
    }

    /// <summary>Ends sessions that run too long or stay idle (<c>session_timeout</c>); only the arguments given are sent.</summary>
    /// <param name="maxDurationSeconds">Longest call in seconds (<c>max_duration</c>); must be positive.</param>
    /// <param name="maxIdleSeconds">Longest silence in seconds (<c>max_idle</c>); must be positive.</param>
    /// <param name="message">What the agent says when the session times out (<c>message</c>).</param>
    public TSelf WithSessionTimeout(double? maxDurationSeconds = null, double? maxIdleSeconds = null, string? message = null)
    {
        State.SessionTimeout = new SessionTimeout { MaxDuration = maxDurationSeconds, MaxIdle = maxIdleSeconds, Message = message };
        return Touched(AgentField.SessionTimeout);
    }

    /// <summary>Sends end-of-session data to this absolute http(s) URL (<c>session_data_webhook</c> as a string).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public TSelf WithSessionDataWebhook(string url) => WithSessionDataWebhook(new Webhook(url));

    /// <summary>Sends end-of-session data to this URL with these headers (<c>session_data_webhook</c> as <c>{url, headers}</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TSelf WithSessionDataWebhook(string url, IDictionary<string, string> headers) =>
        WithSessionDataWebhook(WebhookWithHeaders(url, headers));

    /// <summary>Sets <c>session_data_webhook</c> in either form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="webhook"/> is null.</exception>
    public TSelf WithSessionDataWebhook(Webhook webhook)
    {
        State.SessionDataWebhook = Guard.NotNull(webhook, nameof(webhook));
        return Touched(AgentField.SessionDataWebhook);
    }

    /// <summary>Fetches extra prompt and metadata from this absolute http(s) URL at the start (<c>extra_prompt_webhook</c> as a string).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public TSelf WithExtraPromptWebhook(string url) => WithExtraPromptWebhook(new Webhook(url));

    /// <summary>Fetches extra prompt and metadata from this URL with these headers (<c>extra_prompt_webhook</c> as <c>{url, headers}</c>).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TSelf WithExtraPromptWebhook(string url, IDictionary<string, string> headers) =>
        WithExtraPromptWebhook(WebhookWithHeaders(url, headers));

    /// <summary>Sets <c>extra_prompt_webhook</c> in either form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="webhook"/> is null.</exception>
    public TSelf WithExtraPromptWebhook(Webhook webhook)
    {
        State.ExtraPromptWebhook = Guard.NotNull(webhook, nameof(webhook));
        return Touched(AgentField.ExtraPromptWebhook);
    }

    /// <summary>Sets privacy settings (<c>privacy_settings</c>).</summary>
    /// <param name="optOutDataCollection">Opt out of data collection (<c>opt_out_data_collection</c>).</param>
    /// <param name="doNotCallDetection">Detect do-not-call requests (<c>do_not_call_detection</c>); unset when null (server default false).</param>
    public TSelf WithPrivacy(bool optOutDataCollection, bool? doNotCallDetection = null)
    {
        State.PrivacySettings = new PrivacySetting { OptOutDataCollection = optOutDataCollection, DoNotCallDetection = doNotCallDetection };
        return Touched(AgentField.PrivacySettings);
    }

    /// <summary>Adds a keyword with an integer weight to prioritize in speech recognition (<c>custom_vocabulary.keywords</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="keyword"/> is null.</exception>
    public TSelf AddVocabulary(string keyword, int weight)
    {
        var vocabulary = State.CustomVocabulary ??= new CustomVocabulary { Keywords = new Dictionary<string, int>(StringComparer.Ordinal) };
        vocabulary.Keywords[Guard.NotNull(keyword, nameof(keyword))] = weight;
        return Touched(AgentField.CustomVocabulary);
    }

    /// <summary>Lets the agent switch between these languages during a call (<c>switch_language.languages</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="languages"/> is null.</exception>
    public TSelf WithLanguageSwitching(params Language[] languages)
    {
        State.SwitchLanguage = new SwitchLanguage
        {
            Languages = Guard.NotNull(languages, nameof(languages)).Select(l => l.Value).ToList(),
        };
        return Touched(AgentField.SwitchLanguage);
    }

    /// <summary>Uses these knowledge-base files (<c>knowledge_base</c>).</summary>
    /// <param name="fileIds">Knowledge file ids (<c>files</c>).</param>
    /// <param name="messages">What the agent says while searching (<c>messages</c>); unset when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fileIds"/> is null.</exception>
    public TSelf WithKnowledgeBase(IEnumerable<string> fileIds, IEnumerable<string>? messages = null)
    {
        State.KnowledgeBase = new KnowledgeBase
        {
            Files = Guard.Strings(fileIds, nameof(fileIds)),
            Messages = messages is null ? null : Guard.Strings(messages, nameof(messages)),
        };
        return Touched(AgentField.KnowledgeBase);
    }

    /// <summary>Sets speech-to-text (<c>speech_to_text</c>); only the arguments given are sent.</summary>
    /// <param name="provider">The STT provider, e.g. <see cref="SpeechToTextProvider.Deepgram"/> or a raw string.</param>
    /// <param name="model">The STT model (<c>model</c>).</param>
    /// <param name="multilingual">Whether several languages are transcribed at once (<c>multilingual</c>).</param>
    public TSelf WithSpeechToText(SpeechToTextProvider? provider = null, string? model = null, bool? multilingual = null)
    {
        State.SpeechToText = new SpeechToText { Provider = provider, Model = model, Multilingual = multilingual };
        return Touched(AgentField.SpeechToText);
    }

    /// <summary>Turns call recording on or off (<c>call_settings.enable_recording</c>).</summary>
    public TSelf WithRecording(bool enabled = true)
    {
        CallSettings().EnableRecording = enabled;
        return Touched(AgentField.CallSettings);
    }

    /// <summary>Plays background audio during calls (<c>call_settings.background</c>).</summary>
    /// <param name="url">Absolute http(s) URL of the audio (<c>url</c>).</param>
    /// <param name="volume">Volume (<c>volume</c>); unset when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public TSelf WithBackgroundAudio(string url, double? volume = null)
    {
        CallSettings().Background = new BackgroundSetting { Url = Guard.NotNull(url, nameof(url)), Volume = volume };
        return Touched(AgentField.CallSettings);
    }

    /// <summary>Continues sessions per user, identified by this metadata key (<c>memory.user_identifier_key</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="userIdentifierKey"/> is null.</exception>
    public TSelf WithMemory(string userIdentifierKey)
    {
        State.Memory = new MemoryConfig { UserIdentifierKey = Guard.NotNull(userIdentifierKey, nameof(userIdentifierKey)) };
        return Touched(AgentField.Memory);
    }

    /// <summary>Sets the agent's timezone (<c>timezone</c>), e.g. <c>America/New_York</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timezone"/> is null.</exception>
    public TSelf WithTimezone(string timezone)
    {
        State.Timezone = Guard.NotNull(timezone, nameof(timezone));
        return Touched(AgentField.Timezone);
    }

    /// <summary>Called after a setter changed <paramref name="field"/>.</summary>
    private protected virtual void OnSet(AgentField field)
    {
    }

    /// <summary>Forgets the value set for <paramref name="field"/>: it is no longer sent.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="field"/> is not a defined <see cref="AgentField"/>.</exception>
    private protected void Unset(AgentField field)
    {
        var name = field.PropertyName();
        typeof(PartialAgentConfig).GetProperty(name)!.SetValue(State, null);
        State.Unset(name);
        if (field == AgentField.Flow)
        {
            _flow = null;
        }
    }

    /// <summary>Validates the fields set and returns a deep copy holding exactly them.</summary>
    private protected T Snapshot<T>(bool full)
        where T : class
    {
        var problems = AgentConfigValidator.Validate(State, full);
        if (problems.Count > 0)
        {
            throw new AgentConfigValidationException(problems);
        }

        return AgentConfigConversion.DeepCopy<T>(State);
    }

    private static Webhook WebhookWithHeaders(string url, IDictionary<string, string> headers) =>
        new(new WebhookConfig
        {
            Url = Guard.NotNull(url, nameof(url)),
            Headers = new Dictionary<string, string>(Guard.NotNull(headers, nameof(headers)), StringComparer.Ordinal),
        });

    private CallSettings CallSettings() => State.CallSettings ??= new CallSettings { EnableRecording = null };

    private TSelf Touched(AgentField field)
    {
        OnSet(field);
        return Self;
    }
}
