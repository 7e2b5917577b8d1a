using System.ComponentModel;
using Microsoft.Extensions.AI;
using Millis.Agents;
using Millis.Extensions.AI.Tests.TestSupport;
using Millis.Models;
using DescriptionAttribute = System.ComponentModel.DescriptionAttribute;
using static Millis.Extensions.AI.Tests.TestSupport.ScriptedServer;

namespace Millis.Extensions.AI.Tests.Snippets;

/// <summary>The README's Microsoft.Extensions.AI example, compiled and run against a loopback server.</summary>
[CancelAfter(30_000)]
public class ReadmeSnippets
{
    [Description("Gets the weather")]
    private static string GetWeather([Description("The city")] string city) => $"sunny in {city}";

    [Test]
    public async Task TheMicrosoftExtensionsAIExampleRuns()
    {
        await using var server = await ScriptedServer.StartAsync(
            [Text("Yes, "), Text("10 to 4."), Finish("stop")],
            [CallFragment(0, "call_1", "get_weather", "{\"city\":\"Paris\"}"), Finish("tool_calls")],
            [Text("It is sunny."), Finish("stop")]);
        using var client = server.CreateClient();
        var agent = new { Id = "agent-1" };
        var output = new StringWriter();

        // --- README ---
        IChatClient chat = client.AsChatClient(agent.Id);
        await foreach (var update in chat.GetStreamingResponseAsync("Do you open on Sundays?"))
            output.Write(update.Text);

        IChatClient withTools = new ChatClientBuilder(chat).UseFunctionInvocation().Build();
        var weather = AIFunctionFactory.Create(GetWeather, "get_weather", "Gets the weather");
        var answer = await withTools.GetResponseAsync("Weather in Paris?", new ChatOptions { Tools = [weather] });

        AgentConfig withTool = new AgentConfigBuilder()
            .WithPrompt("You answer weather questions.")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM"))
            .AddTool(weather, "https://api.example.com/weather")
            .Build();
        // --- end ---

        Assert.That(output.ToString(), Is.EqualTo("Yes, 10 to 4."));
        Assert.That(answer.Text, Does.EndWith("It is sunny."));
        Assert.That(withTool.Tools!.Single().Params!.Single().Name, Is.EqualTo("city"));
    }
}
