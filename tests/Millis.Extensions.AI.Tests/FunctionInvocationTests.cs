using System.ComponentModel;
using DescriptionAttribute = System.ComponentModel.DescriptionAttribute;
using Microsoft.Extensions.AI;
using Millis.Extensions.AI.Tests.TestSupport;
using static Millis.Extensions.AI.Tests.TestSupport.ScriptedServer;

namespace Millis.Extensions.AI.Tests;

/// <summary>The adapter under Microsoft.Extensions.AI's function-invocation middleware: a two-round tool loop on loopback.</summary>
[CancelAfter(30_000)]
public class FunctionInvocationTests
{
    [Test]
    public async Task UseFunctionInvocationRunsTheToolAndSendsItsResultBackInASecondRequest()
    {
        await using var server = await ScriptedServer.StartAsync(
            [CallFragment(0, "call_1", "get_weather", "{\"city\":"), CallFragment(0, null, null, "\"Paris\"}"), Finish("tool_calls"), Done],
            [Text("It is "), Text("sunny in Paris."), Finish("stop"), Done]);
        using var client = server.CreateClient();
        var invoked = new List<string>();
        var weather = AIFunctionFactory.Create(([Description("The city")] string city) =>
        {
            invoked.Add(city);
            return "sunny";
        }, "get_weather", "Gets the weather");
        using var chat = new ChatClientBuilder(client.AsChatClient("agent-1")).UseFunctionInvocation().Build();

        var response = await chat.GetResponseAsync("Weather in Paris?", new ChatOptions { Tools = [weather] });

        Assert.That(invoked, Is.EqualTo(new[] { "Paris" }));
        Assert.That(response.Text, Does.EndWith("It is sunny in Paris."));
        Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.Stop));
        Assert.That(server.Bodies, Has.Count.EqualTo(2));

        var first = server.Bodies[0];
        Assert.That((string?)first["agent"]!["agent_config"]!["tools"]![0]!["name"], Is.EqualTo("get_weather"));
        Assert.That((string?)first["agent"]!["agent_config"]!["tools"]![0]!["params"]![0]!["name"], Is.EqualTo("city"));

        var second = server.Bodies[1]["messages"]!;
        Assert.That(second.Select(m => (string?)m["role"]), Is.EqualTo(new[] { "user", "assistant", "tool" }));
        Assert.That((string?)second[1]!["tool_calls"]![0]!["id"], Is.EqualTo("call_1"));
        Assert.That((string?)second[1]!["tool_calls"]![0]!["function"]!["arguments"], Is.EqualTo("{\"city\":\"Paris\"}"));
        Assert.That(((string?)second[2]!["tool_call_id"], (string?)second[2]!["content"]), Is.EqualTo(("call_1", "sunny")));
    }

    [Test]
    public async Task UseFunctionInvocationStreamsTheSecondRoundsText()
    {
        await using var server = await ScriptedServer.StartAsync(
            [CallFragment(0, "call_1", "get_time", "{}"), Finish("tool_calls")],
            [Text("It is "), Text("noon."), Finish("stop")]);
        using var client = server.CreateClient();
        using var chat = new ChatClientBuilder(client.AsChatClient("agent-1")).UseFunctionInvocation().Build();
        var options = new ChatOptions { Tools = [AIFunctionFactory.Create(() => "12:00", "get_time", "Gets the time")] };

        var texts = new List<string>();
        await foreach (var update in chat.GetStreamingResponseAsync("Time?", options))
        {
            if (update.Text.Length > 0)
            {
                texts.Add(update.Text);
            }
        }

        Assert.That(texts, Is.EqualTo(new[] { "It is ", "noon." }));
        Assert.That(server.Bodies, Has.Count.EqualTo(2));
    }
}
