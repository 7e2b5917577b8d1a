using Microsoft.AspNetCore.Http;
using Millis.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Customizations;

/// <summary>
/// Agent.ToUpdate against a real server: a fetched agent sent back changes only what the caller changed; every other
/// field goes back exactly as the server sent it (odd values, unknown fields, numbers to the last digit).
/// </summary>
public class AgentToUpdateLoopbackTests
{
    private const string Fetched = """
        {"id":"a1","name":"Front desk","created_at":1700000000,
         "config":{"prompt":"Old","voice":{"provider":"openai","voice_id":"alloy","settings":{"speed":1.100000000000000000001}},
                   "first_message":"2024-05-29T10:00:00Z","vad_threshold":"0.5","llm":{"model":"gpt-4o","temperature":0.70},
                   "call_settings":{"enable_recording":true},"vendor_flag":{"x":[1,2]}}}
        """;

    private static async Task<(JObject Sent, int Requests)> FetchChangeAndSendAsync(Action<Millis.Models.AgentUpdate> change)
    {
        JObject? sent = null;
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            if (HttpMethods.IsPut(c.Request.Method))
            {
                using var reader = new StreamReader(c.Request.Body);
                sent = JObject.Parse(await reader.ReadToEndAsync());
            }

            c.Response.ContentType = "application/json";
            await c.Response.WriteAsync(Fetched);
        });
        using var client = server.CreateClient();

        var update = (await client.Agents.GetAsync("a1")).ToUpdate();
        change(update);
        await client.Agents.UpdateAsync("a1", update);

        return (sent!, server.Requests);
    }

    [Test]
    public async Task AnUnchangedAgentGoesBackExactlyAsFetched()
    {
        var (sent, requests) = await FetchChangeAndSendAsync(_ => { });

        var expected = JObject.Parse(Fetched);
        expected.Remove("id");
        expected.Remove("created_at");
        Assert.That(JToken.DeepEquals(sent, expected), Is.True, sent.ToString());
        Assert.That(requests, Is.EqualTo(2));
    }

    [Test]
    public async Task ChangingThePromptChangesOnlyThePrompt()
    {
        var (sent, _) = await FetchChangeAndSendAsync(u => u.Config.Prompt = "New");

        var expected = JObject.Parse(Fetched);
        expected.Remove("id");
        expected.Remove("created_at");
        expected["config"]!["prompt"] = "New";
        Assert.That(JToken.DeepEquals(sent, expected), Is.True, sent.ToString());
    }
}
