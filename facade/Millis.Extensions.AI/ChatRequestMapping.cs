using Microsoft.Extensions.AI;
using Millis.Chat;
using Millis.Models;
using Newtonsoft.Json;
using AIChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Millis.Extensions.AI;

/// <summary>Builds the <see cref="ChatRequest"/> for one <see cref="IChatClient"/> call, refusing what the API cannot express.</summary>
internal static class ChatRequestMapping
{
    private const string PromptSeparator = "\n\n";

    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    /// <exception cref="NotSupportedException">An option, message or tool the Millis API cannot express.</exception>
    public static ChatRequest Create(IEnumerable<AIChatMessage> messages, ChatOptions? options, string? agentId, PartialAgentConfig? agentConfig, IChatClient owner)
    {
        if (messages is null)
        {
            throw new ArgumentNullException(nameof(messages));
        }

        if (options is not null)
        {
            RefuseUnsupported(options);
        }

        var request = options?.RawRepresentationFactory?.Invoke(owner) switch
        {
            null => new ChatRequest(),
            ChatRequest given => given,
            var other => throw new NotSupportedException(
                $"ChatOptions.RawRepresentationFactory returned {other.GetType().FullName}; the Millis adapter takes a Millis.Chat.ChatRequest (its metadata, flags and agent are the starting point of the request)."),
        };

        var ownConfig = false;
        if (request.AgentId is null && request.AgentConfig is null)
        {
            request.AgentId = agentId;
            request.AgentConfig = agentConfig;
        }

        // System messages become part of the prompt (the API has no system role); the rest keep their order.
        var instructions = new List<string>();
        var conversation = new List<AIChatMessage>();
        foreach (var message in messages)
        {
            if (message?.Role == ChatRole.System)
            {
                instructions.Add(message.Text);
            }
            else
            {
                conversation.Add(message!);
            }
        }

        if (!string.IsNullOrEmpty(options?.Instructions))
        {
            instructions.Add(options!.Instructions!);
        }

        foreach (var message in conversation.ToMillisMessages())
        {
            request.Add(message);
        }

        PartialAgentConfig Config()
        {
            if (!ownConfig)
            {
                // Never change the caller's config object: copy it (or start an empty override for a saved agent).
                request.AgentConfig = request.AgentConfig is null ? new PartialAgentConfig() : Copy(request.AgentConfig);
                ownConfig = true;
            }

            return request.AgentConfig!;
        }

        if (instructions.Count > 0)
        {
            var config = Config();
            config.Prompt = string.Join(PromptSeparator, (config.Prompt is null ? [] : new[] { config.Prompt }).Concat(instructions));
        }

        var tools = options?.ToolMode is NoneChatToolMode ? [] : Tools(options?.Tools);
        if (tools.Count > 0)
        {
            var config = Config();
            config.Tools = (config.Tools ?? []).Concat(tools).ToList();
        }

        if (options?.ModelId is { } model)
        {
            var config = Config();
            config.Llm = new LLM { Model = new LLMProvider(model), Temperature = options.Temperature ?? config.Llm?.Temperature, HistorySettings = config.Llm?.HistorySettings };
        }
        else if (options?.Temperature is { } temperature)
        {
            if (request.AgentConfig?.Llm is null)
            {
                throw new NotSupportedException(
                    "ChatOptions.Temperature needs ChatOptions.ModelId (or an inline agent config with an llm): the Millis API takes the temperature only with the model (agent_config.llm.model).");
            }

            Config().Llm!.Temperature = temperature;
        }

        if (options?.AdditionalProperties is { } properties)
        {
            foreach (var property in properties)
            {
                request.WithMetadata(property.Key, Json.ToMetadataValue(property.Value));
            }
        }

        request.IncludeUsageEvents = true;
        return request;
    }

    private static List<AgentTool> Tools(IList<AITool>? tools)
    {
        var result = new List<AgentTool>();
        foreach (var tool in tools ?? [])
        {
            result.Add(tool is AIFunctionDeclaration function
                ? ToolSchema.ToAgentTool(function)
                : throw new NotSupportedException($"ChatOptions.Tools: '{tool?.Name}' is a {tool?.GetType().Name}; the Millis API takes only functions (AIFunction / AIFunctionDeclaration), sent as the agent's tools."));
        }

        return result;
    }

    private static void RefuseUnsupported(ChatOptions options)
    {
        const string Sampling = "the request carries only the agent, its metadata and the messages; sampling settings live in the agent's config";
        Refuse(options.MaxOutputTokens is not null, nameof(ChatOptions.MaxOutputTokens), Sampling);
        Refuse(options.TopP is not null, nameof(ChatOptions.TopP), Sampling);
        Refuse(options.TopK is not null, nameof(ChatOptions.TopK), Sampling);
        Refuse(options.FrequencyPenalty is not null, nameof(ChatOptions.FrequencyPenalty), Sampling);
        Refuse(options.PresencePenalty is not null, nameof(ChatOptions.PresencePenalty), Sampling);
        Refuse(options.Seed is not null, nameof(ChatOptions.Seed), Sampling);
        Refuse(options.StopSequences is { Count: > 0 }, nameof(ChatOptions.StopSequences), Sampling);
        Refuse(options.Reasoning is not null, nameof(ChatOptions.Reasoning), Sampling);
        Refuse(options.ResponseFormat is not null and not ChatResponseFormatText, nameof(ChatOptions.ResponseFormat), "the agent answers in text; the API has no structured-output setting");
        Refuse(options.ConversationId is not null, nameof(ChatOptions.ConversationId), "the API keeps no conversation state; send the whole history in the messages");
        Refuse(options.AllowBackgroundResponses == true, nameof(ChatOptions.AllowBackgroundResponses), "the API streams each answer on the request that asked for it");
        Refuse(options.ContinuationToken is not null, nameof(ChatOptions.ContinuationToken), "the API streams each answer on the request that asked for it");
        Refuse(options.AllowMultipleToolCalls == false, nameof(ChatOptions.AllowMultipleToolCalls), "the API has no setting to limit an answer to one tool call");
        Refuse(options.ToolMode is RequiredChatToolMode, nameof(ChatOptions.ToolMode), "the API cannot force a tool call (only Auto and None can be expressed)");
    }

    private static void Refuse(bool isSet, string option, string why)
    {
        if (isSet)
        {
            throw new NotSupportedException($"ChatOptions.{option} is not supported by the Millis chat API: {why}. Leave it unset.");
        }
    }

    private static PartialAgentConfig Copy(PartialAgentConfig config) =>
        JsonConvert.DeserializeObject<PartialAgentConfig>(JsonConvert.SerializeObject(config))!;
}
