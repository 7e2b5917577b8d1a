using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Millis.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace Millis.Extensions.AI.Tests.TestSupport;

/// <summary>
/// A loopback chat endpoint that answers the n-th request with the n-th script (a list of SSE chunks, each written
/// and flushed on its own) and keeps every request body.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<JObject> _bodies = new();

    private ScriptedServer(LoopbackServer server) => _server = server;

    public IReadOnlyList<JObject> Bodies => _bodies.ToArray();

    public static async Task<ScriptedServer> StartAsync(params string[][] scripts)
    {
        ScriptedServer? self = null;
        var next = -1;
        var server = await LoopbackServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            self!._bodies.Enqueue(JObject.Parse(await reader.ReadToEndAsync()));
            var script = scripts[Math.Min(Interlocked.Increment(ref next), scripts.Length - 1)];
            LoopbackServer.StartEventStream(context);
            foreach (var chunk in script)
            {
                await LoopbackServer.SendAsync(context, chunk);
            }
        });
        self = new ScriptedServer(server);
        return self;
    }

    public MillisClient CreateClient() => _server.CreateClient();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>One SSE event carrying <paramref name="json"/>.</summary>
    public static string Event(string json) => "data: " + json + "\n\n";

    public static string Text(string text) =>
        Event(new JObject { ["choices"] = new JArray(new JObject { ["index"] = 0, ["delta"] = new JObject { ["content"] = text } }) }.ToString(Newtonsoft.Json.Formatting.None));

    public static string Finish(string reason) => Event("{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"" + reason + "\"}]}");

    public static string CallFragment(int index, string? id, string? name, string arguments) =>
        Event(new JObject
        {
            ["choices"] = new JArray(new JObject
            {
                ["index"] = 0,
                ["delta"] = new JObject
                {
                    ["tool_calls"] = new JArray(new JObject
                    {
                        ["index"] = index,
                        ["id"] = id,
                        ["type"] = "function",
                        ["function"] = new JObject { ["name"] = name, ["arguments"] = arguments },
                    }),
                },
            }),
        }.ToString(Newtonsoft.Json.Formatting.None));

    public const string Done = "data: [DONE]\n\n";
}
