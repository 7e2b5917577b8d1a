using System.Globalization;
using System.Text.RegularExpressions;
using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Checks an agent configuration before it is sent and reports every problem with its JSON path and a fix.
/// The builders call it from <c>Build()</c>; call it directly to check a config built by hand or read from a file.
/// </summary>
public static class AgentConfigValidator
{

    private static readonly Regex FunctionName = new(@"^[a-zA-Z0-9_-]{1,64}\z", RegexOptions.CultureInvariant);

    /// <summary>Checks a full configuration (as sent to create an agent): <c>prompt</c> and <c>voice</c> are required.</summary>
    /// <returns>Every problem found; empty when the config is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public static IReadOnlyList<AgentConfigProblem> Validate(AgentConfig config) =>
        Validate(AgentConfigConversion.ToPartialShallow(config ?? throw new ArgumentNullException(nameof(config))), full: true);

    /// <summary>Checks a partial configuration (an update or override): only the fields present are checked.</summary>
    /// <returns>Every problem found; empty when the config is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public static IReadOnlyList<AgentConfigProblem> Validate(PartialAgentConfig config) =>
        Validate(config ?? throw new ArgumentNullException(nameof(config)), full: false);

    internal static IReadOnlyList<AgentConfigProblem> Validate(PartialAgentConfig config, bool full)
    {
        var p = new List<AgentConfigProblem>();
        if (config.Prompt is null)
        {
            if (full)
            {
                p.Add(new("prompt", "is required; set the agent's instructions, e.g. WithPrompt(\"You are a helpful receptionist.\")"));
            }
        }
        else
        {
            NotBlank(p, "prompt", config.Prompt, "give the agent's instructions");
        }

        if (config.Voice is null)
        {
            if (full)
            {
                p.Add(new("voice", "is required; set a voice, e.g. WithVoice(Voice.ElevenLabs(\"voice-id\"))"));
            }
        }
        else
        {
            CheckVoice(p, config.Voice);
        }

        if (config.Flow is not null)
        {
            CheckFlow(p, config.Flow);
        }

        CheckFunctions(p, config.Tools, config.MillisFunctions);
        CheckAppFunctions(p, config.AppFunctions);

        if (config.VadThreshold is { } vad)
        {
            Range(p, "vad_threshold", vad, 0, 1);
        }

        if (config.Llm is not null)
        {
            NotBlank(p, "llm.model", config.Llm.Model.Value, "choose a model, e.g. LLMProvider.Gpt4o");
            if (config.Llm.Temperature is { } t)
            {
                Range(p, "llm.temperature", t, 0, 2);
            }

            if (config.Llm.HistorySettings is { } history)
            {
                NotNegative(p, "llm.history_settings.history_message_limit", history.HistoryMessageLimit);
                NotNegative(p, "llm.history_settings.history_tool_result_limit", history.HistoryToolResultLimit);
            }
        }

        if (config.SessionTimeout is { } timeout)
        {
            Positive(p, "session_timeout.max_duration", timeout.MaxDuration, "seconds");
            Positive(p, "session_timeout.max_idle", timeout.MaxIdle, "seconds");
        }

        CheckWebhook(p, "session_data_webhook", config.SessionDataWebhook);
        CheckWebhook(p, "extra_prompt_webhook", config.ExtraPromptWebhook);

        if (config.CustomVocabulary is { } vocabulary && vocabulary.Keywords is null)
        {
            p.Add(new("custom_vocabulary.keywords", "is missing; give keywords with weights, e.g. AddVocabulary(\"Millis\", 2)"));
        }

        if (config.SwitchLanguage is { } switchLanguage)
        {
            if (switchLanguage.Languages is null || switchLanguage.Languages.Count == 0)
            {
                p.Add(new("switch_language.languages", "is empty; list the languages the agent may switch to, e.g. \"en\", \"es\""));
            }
            else
            {
                for (var i = 0; i < switchLanguage.Languages.Count; i++)
                {
                    NotBlank(p, $"switch_language.languages[{i}]", switchLanguage.Languages[i], "give a language code, e.g. \"es\"");
                }
            }
        }

        if (config.CallSettings?.Background is { } background)
        {
            Url(p, "call_settings.background.url", background.Url);
            if (background.Volume is { } volume && (double.IsNaN(volume) || volume < 0))
            {
                p.Add(new("call_settings.background.volume", $"{Number(volume)} is negative; use a volume of 0 or more"));
            }
        }

        return p.AsReadOnly();
    }

    private static void CheckVoice(List<AgentConfigProblem> p, Voice voice)
    {
        NotBlank(p, "voice.provider", voice.Provider.Value, "choose a provider, e.g. VoiceProvider.ElevenLabs");
        NotBlank(p, "voice.voice_id", voice.VoiceId, "give the provider's voice id");
    }

    private static void CheckFlow(List<AgentConfigProblem> p, Flow flow)
    {
        if (flow.ResponseDelay is { } delay && !delay.IsUnknown)
        {
            if (delay.Milliseconds is { } ms)
            {
                NotNegative(p, "flow.response_delay", ms);
            }
            else if (delay.Config is { } perInput)
            {
                NotNegative(p, "flow.response_delay.generic_delay", perInput.GenericDelay);
                NotNegative(p, "flow.response_delay.number_input_delay", perInput.NumberInputDelay);
            }
        }

        if (flow.AutoFillResponses is { } autoFill)
        {
            Positive(p, "flow.auto_fill_responses.response_gap_threshold", autoFill.ResponseGapThreshold, "milliseconds");
            if (autoFill.Messages is null || autoFill.Messages.Count == 0)
            {
                p.Add(new("flow.auto_fill_responses.messages", "is empty; give at least one message to fill response gaps, e.g. \"One moment...\""));
            }
        }

        if (flow.Voicemail is { } voicemail)
        {
            NotBlank(p, "flow.voicemail.action", voicemail.Action.Value, "use VoicemailAction.Hangup or VoicemailAction.Message");
            if (voicemail.Action == VoicemailAction.Message && string.IsNullOrWhiteSpace(voicemail.Message))
            {
                p.Add(new("flow.voicemail.message", "is required when action is \"message\"; give the message to leave, or use action \"hangup\""));
            }
        }

        if (flow.CallTransfer is { } transfer)
        {
            if (transfer.Phone is not null)
            {
                Phone(p, "flow.call_transfer.phone", transfer.Phone);
            }

            if (transfer.Phones is not null)
            {
                for (var i = 0; i < transfer.Phones.Count; i++)
                {
                    var option = transfer.Phones[i];
                    if (option is null)
                    {
                        p.Add(new($"flow.call_transfer.phones[{i}]", "is null; remove it or give a phone number"));
                    }
                    else
                    {
                        Phone(p, $"flow.call_transfer.phones[{i}].phone", option.Phone);
                    }
                }
            }
        }

        if (flow.InactivityHandling is { } inactivity)
        {
            Positive(p, "flow.inactivity_handling.idle_time", inactivity.IdleTime, "seconds");
            NotBlank(p, "flow.inactivity_handling.message", inactivity.Message, "give what the agent says when the user is silent");
        }
    }

    private static void CheckFunctions(List<AgentConfigProblem> p, IList<AgentTool>? tools, IList<MillisFunction>? millisFunctions)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (tools is not null)
        {
            for (var i = 0; i < tools.Count; i++)
            {
                var path = $"tools[{i}]";
                var tool = tools[i];
                if (tool is null)
                {
                    p.Add(new(path, "is null; remove it or describe the tool"));
                    continue;
                }

                FunctionNameRules(p, path, tool.Name, seen);
                NotBlank(p, path + ".description", tool.Description, "say what the tool does and when to call it");
                if (tool.Webhook is not null)
                {
                    Url(p, path + ".webhook", tool.Webhook);
                }

                if (tool.Timeout is { } toolTimeout)
                {
                    Positive(p, path + ".timeout", toolTimeout, null);
                }

                Params(p, path, tool.Params);
            }
        }

        if (millisFunctions is not null)
        {
            for (var i = 0; i < millisFunctions.Count; i++)
            {
                var path = $"millis_functions[{i}]";
                var function = millisFunctions[i];
                if (function is null)
                {
                    p.Add(new(path, "is null; remove it or describe the function"));
                    continue;
                }

                FunctionNameRules(p, path, function.Name, seen);
                NotBlank(p, path + ".description", function.Description, "say what the function does");
                NotBlank(p, path + ".type", function.Type, "give the function type, e.g. \"webform\"");
                if (function.Data?.Param is not { } dataParam)
                {
                    p.Add(new(path + ".data.param", "is missing; describe the function's parameter (DataParam(name, type, description))"));
                }
                else
                {
                    NotBlank(p, path + ".data.param.name", dataParam.Name, "name the parameter");
                    NotBlank(p, path + ".data.param.type", dataParam.Type, "give the parameter's type, e.g. \"string\"");
                    NotBlank(p, path + ".data.param.description", dataParam.Description, "describe the parameter");
                }

                Params(p, path, function.Params);
            }
        }
    }

    private static void FunctionNameRules(List<AgentConfigProblem> p, string path, string? name, Dictionary<string, string> seen)
    {
        if (name is null || !FunctionName.IsMatch(name))
        {
            p.Add(new(path + ".name", $"{Quote(name)} is not a valid function name; use 1 to 64 letters, digits, '_' or '-', e.g. \"lookup_order\""));
            return;
        }

        if (seen.TryGetValue(name, out var first))
        {
            p.Add(new(path + ".name", $"{Quote(name)} is already used by {first}; give each tool and function a unique name"));
        }
        else
        {
            seen[name] = path;
        }
    }

    private static void Params(List<AgentConfigProblem> p, string owner, IList<Param>? parameters)
    {
        if (parameters is null)
        {
            return;
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < parameters.Count; j++)
        {
            var path = $"{owner}.params[{j}]";
            var parameter = parameters[j];
            if (parameter is null)
            {
                p.Add(new(path, "is null; remove it or declare the parameter"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(parameter.Name))
            {
                p.Add(new(path + ".name", "is empty; name the parameter, e.g. \"order_id\""));
            }
            else if (names.TryGetValue(parameter.Name, out var first))
            {
                p.Add(new(path + ".name", $"{Quote(parameter.Name)} is already declared by {owner}.params[{first}]; declare each parameter once"));
            }
            else
            {
                names[parameter.Name] = j;
            }

            NotBlank(p, path + ".type", parameter.Type, "give the parameter's JSON type, e.g. \"string\" or \"number\"");
            NotBlank(p, path + ".description", parameter.Description, "tell the model what the parameter holds");
        }
    }

    private static void CheckAppFunctions(List<AgentConfigProblem> p, IList<AppFunction>? appFunctions)
    {
        if (appFunctions is null)
        {
            return;
        }

        for (var i = 0; i < appFunctions.Count; i++)
        {
            if (appFunctions[i] is null)
            {
                p.Add(new($"app_functions[{i}]", "is null; remove it or name the app function"));
            }
            else
            {
                NotBlank(p, $"app_functions[{i}].name", appFunctions[i].Name, "give the app function's name");
            }
        }
    }

    private static void CheckWebhook(List<AgentConfigProblem> p, string path, Webhook? webhook)
    {
        if (webhook is null || webhook.IsUnknown)
        {
            return;
        }

        if (webhook.Url is not null)
        {
            Url(p, path, webhook.Url);
        }
        else if (webhook.Config is { } config)
        {
            Url(p, path + ".url", config.Url);
        }
    }

    private static void Url(List<AgentConfigProblem> p, string path, string? value)
    {
        if (value is null
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            p.Add(new(path, $"{Quote(value)} is not an absolute http(s) URL (https://example.com/webhook)"));
        }
    }

    private static void Phone(List<AgentConfigProblem> p, string path, string? value)
    {
        if (!PhoneNumbers.IsE164(value))
        {
            p.Add(new(path, $"{Quote(value)} is not E.164 (+15551234567)"));
        }
    }

    private static void Range(List<AgentConfigProblem> p, string path, double value, double min, double max)
    {
        if (!(value >= min && value <= max))
        {
            p.Add(new(path, $"{Number(value)} is out of range; use a value from {Number(min)} to {Number(max)}"));
        }
    }

    private static void Positive(List<AgentConfigProblem> p, string path, double? value, string? unit)
    {
        if (value is { } v && !(v > 0))
        {
            var what = unit is null ? "a value" : "a number of " + unit;
            p.Add(new(path, $"{Number(v)} is not positive; use {what} greater than 0"));
        }
    }

    private static void NotNegative(List<AgentConfigProblem> p, string path, int? value)
    {
        if (value is < 0)
        {
            p.Add(new(path, $"{value.Value.ToString(CultureInfo.InvariantCulture)} is negative; use 0 or more"));
        }
    }

    private static void NotBlank(List<AgentConfigProblem> p, string path, string? value, string fix)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            p.Add(new(path, (value is null ? "is missing; " : "is empty; ") + fix));
        }
    }

    private static string Quote(string? value) => value is null ? "null" : "\"" + value + "\"";

    // Stryker disable once String : on .NET Core 3.0 and later (the net8.0 build Stryker mutates) the default double format is already the shortest round-trip form; "R" matters on netstandard2.0 (.NET Framework)
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
