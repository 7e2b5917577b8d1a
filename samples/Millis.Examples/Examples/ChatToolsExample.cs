// Task: talk to an agent in text, and let it use your tools. Stream a reply piece by piece; then run the loop a tool
// needs: the model asks for a call (tool_calls), your code runs it, the result goes back, the model answers.
using Millis.Agents;
using Millis.Chat;
using Millis.Examples.Support;
using Millis.Models;
using Newtonsoft.Json.Linq;

namespace Millis.Examples.Examples;

internal static class ChatToolsExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var ct = ctx.CancellationToken;

        // Offline the mock only ever streams "Hello"; ScriptedChatHandler plays the model asking for the tool once.
        var scripted = ctx.IsMock ? new ScriptedChatHandler("lookup_order", """{"order_id":"A-1001"}""") : null;
        var client = scripted is null ? ctx.Client : ctx.CreateClient(handler: scripted);

        var agent = await client.Agents.CreateAsync("Order desk", new AgentConfigBuilder()
            .WithPrompt("You tell customers where their order is. Use lookup_order.")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM"))
            .AddTool(t => t
                .Named("lookup_order")
                .Description("Finds an order by id")
                .Webhook("https://api.example.com/orders")
                .Parameter("order_id", "string", "The order id, e.g. A-1001", required: true))
            .Build(), ct);

        // 1. Streaming: typed events as they arrive (text deltas, tool-call deltas, finish, done, unknown).
        var request = ChatRequest.ForAgent(agent.Id)
            .WithMetadata("customer_id", "C-42")
            .AddUser("Where is my order A-1001?");
        var text = new System.Text.StringBuilder();
        var toolCalls = new Dictionary<int, (string? Id, string? Name, System.Text.StringBuilder Arguments)>();
        await foreach (ChatStreamEvent update in client.Chat.StreamAsync(request, ct))
        {
            switch (update)
            {
                case ChatTextDelta delta:
                    text.Append(delta.Text);
                    break;
                case ChatToolCallDelta call:
                    var entry = toolCalls.TryGetValue(call.Index, out var known) ? known : (null, null, new System.Text.StringBuilder());
                    toolCalls[call.Index] = (entry.Id ?? call.Id, entry.Name ?? call.Name, entry.Arguments.Append(call.ArgumentsDelta));
                    break;
                case ChatFinish finish:
                    ctx.Say($"finish: {finish.Reason}");
                    break;
            }
        }

        ctx.Say(toolCalls.Count == 0 ? $"reply: {text}" : $"the model asked for {toolCalls.Count} tool call(s)");

        // 2. The tool loop with CompleteAsync, which gathers the deltas into ToolCalls for you.
        var conversation = ChatRequest.ForAgent(agent.Id).AddUser("Where is my order A-1001?");
        for (var turn = 1; turn <= 5; turn++)
        {
            ChatCompletion completion = await client.Chat.CompleteAsync(conversation, ct);
            if (completion.ToolCalls.Count == 0)
            {
                ctx.Say($"turn {turn}: answer \"{completion.Text}\"");
                break;
            }

            conversation.AddAssistant(completion.Text, completion.ToolCalls);
            foreach (ToolCall call in completion.ToolCalls)
            {
                var result = RunTool(call.Function?.Name, call.Function?.Arguments);
                ctx.Say($"turn {turn}: ran {call.Function?.Name}({call.Function?.Arguments}) -> {result}");
                conversation.AddToolResult(call.Id!, result);
            }
        }

        await client.Agents.DeleteAsync(agent.Id, ct);
    }

    // Your code: look the order up and return what the model should know, as text (JSON is fine).
    private static string RunTool(string? name, string? argumentsJson)
    {
        if (name != "lookup_order")
        {
            return """{"error":"unknown tool"}""";
        }

        var orderId = (string?)JObject.Parse(argumentsJson ?? "{}")["order_id"] ?? "?";
        return new JObject { ["order_id"] = orderId, ["status"] = "shipped", ["eta"] = "tomorrow" }.ToString(Newtonsoft.Json.Formatting.None);
    }
}
