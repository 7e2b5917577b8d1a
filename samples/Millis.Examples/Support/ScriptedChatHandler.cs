using System.Net;
using System.Net.Http;
using System.Text;

namespace Millis.Examples.Support;

/// <summary>
/// For the local mock only: the mock streams one fixed reply ("Hello") and never asks for a tool. This handler answers the
/// chat requests that carry no tool result yet with the stream a model sends when it calls a tool (OpenAI-style
/// <c>tool_calls</c> deltas), so the tool round trip runs offline; a request with a tool result goes on to the mock.
/// </summary>
public sealed class ScriptedChatHandler(string toolName, string argumentsJson) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.AbsolutePath.EndsWith("/chat/completions", StringComparison.Ordinal) != true || request.Content is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = Newtonsoft.Json.Linq.JObject.Parse(await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        if (body["messages"] is Newtonsoft.Json.Linq.JArray messages && messages.Any(m => (string?)m["role"] == "tool"))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var half = argumentsJson.Length / 2;
        var stream = new StringBuilder()
            .Append("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"")
            .Append(toolName).Append("\",\"arguments\":").Append(JsonString(argumentsJson[..half])).Append("}}]}}]}\n\n")
            .Append("data: {\"choices\":[{\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":")
            .Append(JsonString(argumentsJson[half..])).Append("}}]},\"finish_reason\":\"tool_calls\"}]}\n\n")
            .Append("data: [DONE]\n\n")
            .ToString();
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent(stream, Encoding.UTF8, "text/event-stream"),
        };
    }

    private static string JsonString(string value) => Newtonsoft.Json.JsonConvert.ToString(value);
}
