using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// Binds a tool call's arguments. Millis does not document the request it makes, so both places are read: the query
/// string (for GET) and a JSON object body, where the arguments may sit at the top level or inside a container
/// (<c>params</c>, <c>arguments</c>, <c>args</c>, <c>parameters</c>; an object or a JSON-encoded string). Query values are
/// converted to each parameter's JSON type; body values win over query values.
/// </summary>
internal static class ToolArgumentBinder
{
    private static readonly string[] Containers = { "params", "arguments", "args", "parameters" };

    // Top-level fields that describe the call rather than carry arguments.
    private static readonly HashSet<string> CallFields = new(StringComparer.OrdinalIgnoreCase) { "session_id", "metadata", "name", "tool", "tool_name", "function", "call_id", "agent_id" };

    public static async Task<ToolBindingResult> BindAsync(HttpContext context, MillisToolDefinition tool)
    {
        var byName = tool.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var arguments = new JsonObject();
        var metadata = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var unbound = new List<string>();
        string? sessionId = null;

        foreach (var (key, values) in context.Request.Query)
        {
            var value = values.ToString();
            if (string.Equals(key, "session_id", StringComparison.OrdinalIgnoreCase))
            {
                sessionId = value;
            }
            else if (byName.TryGetValue(key, out var parameter))
            {
                arguments[parameter.Name] = FromQuery(value, parameter.Type);
            }
            else if (string.Equals(key, "metadata", StringComparison.OrdinalIgnoreCase) && TryParseObject(value) is { } obj)
            {
                AddAll(metadata, obj);
            }
            else
            {
                metadata[key] = JsonSerializer.SerializeToElement(value);
            }
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        if (body.Problem is { } problem)
        {
            return ToolBindingResult.Failed(problem);
        }

        if (body.Value is { } root)
        {
            if (root.TryGetProperty("session_id", out var sid) && sid.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            {
                sessionId = sid.ValueKind == JsonValueKind.String ? sid.GetString() : sid.GetRawText();
            }

            if (root.TryGetProperty("metadata", out var meta) && meta.ValueKind == JsonValueKind.Object)
            {
                AddAll(metadata, meta);
            }

            var (source, nested) = ArgumentSource(root);
            foreach (var property in source.EnumerateObject())
            {
                if (byName.TryGetValue(property.Name, out var parameter))
                {
                    arguments[parameter.Name] = JsonNode.Parse(property.Value.GetRawText());
                }
                else if (nested || !CallFields.Contains(property.Name))
                {
                    unbound.Add(property.Name);
                }
            }
        }

        var missing = tool.Parameters.Where(p => p.Required && arguments[p.Name] is null).Select(p => p.Name).ToList();
        if (missing.Count > 0)
        {
            return ToolBindingResult.Failed(("Required tool arguments are missing.", $"Tool '{tool.Name}' needs: {string.Join(", ", missing)}."));
        }

        object? bound;
        try
        {
            bound = arguments.Deserialize(tool.ArgumentsType, ToolJson.Options);
        }
        catch (JsonException e)
        {
            // The message names the path and target type, never the value.
            return ToolBindingResult.Failed(("A tool argument has the wrong type.", $"Tool '{tool.Name}': {e.Path} could not be read ({FirstSentence(e.Message)})."));
        }
        catch (NotSupportedException e)
        {
            return ToolBindingResult.Failed(("The tool arguments could not be bound.", $"Tool '{tool.Name}': {FirstSentence(e.Message)}"));
        }

        if (bound is null)
        {
            return ToolBindingResult.Failed(("The tool arguments could not be bound.", $"Tool '{tool.Name}' received no arguments."));
        }

        return new ToolBindingResult(bound, new MillisToolContext(tool.Name, sessionId, metadata, unbound, context), null);
    }

    private static (JsonElement Source, bool Nested) ArgumentSource(JsonElement root)
    {
        foreach (var name in Containers)
        {
            if (!root.TryGetProperty(name, out var container))
            {
                continue;
            }

            if (container.ValueKind == JsonValueKind.Object)
            {
                return (container, true);
            }

            // OpenAI-style: the arguments as a JSON-encoded string.
            if (container.ValueKind == JsonValueKind.String && TryParseObject(container.GetString()!) is { } parsed)
            {
                return (parsed, true);
            }
        }

        return (root, false);
    }

    private static async Task<(JsonElement? Value, (string Title, string Detail)? Problem)> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength == 0 || (request.ContentLength is null && !request.Headers.TransferEncoding.Any()))
        {
            return (null, null);
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            var body = JsonSerializer.Deserialize<JsonElement>(text);
            return body.ValueKind == JsonValueKind.Object
                ? (body, null)
                : (null, ("The request body is not a JSON object.", $"Tool arguments must be a JSON object, not {body.ValueKind}."));
        }
        catch (JsonException e)
        {
            return (null, ("The request body is not valid JSON.", $"Error at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}."));
        }
    }

    private static JsonNode? FromQuery(string value, string type)
    {
        switch (type)
        {
            case "number" when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                return JsonValue.Create(number);
            case "boolean" when bool.TryParse(value, out var flag):
                return JsonValue.Create(flag);
            case "boolean" when value is "1" or "0":
                return JsonValue.Create(value == "1");
            default:
                // Left as a string: binding then fails with a clear 400 for a non-string target.
                return JsonValue.Create(value);
        }
    }

    private static JsonElement? TryParseObject(string text)
    {
        try
        {
            var element = JsonSerializer.Deserialize<JsonElement>(text);
            return element.ValueKind == JsonValueKind.Object ? element : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AddAll(Dictionary<string, JsonElement> target, JsonElement obj)
    {
        foreach (var property in obj.EnumerateObject())
        {
            target[property.Name] = property.Value.Clone();
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

/// <summary>Bound arguments and context, or the problem that answers the request with 400.</summary>
internal sealed record ToolBindingResult(object? Arguments, MillisToolContext? Context, (string Title, string Detail)? Problem)
{
    public static ToolBindingResult Failed((string Title, string Detail) problem) => new(null, null, problem);
}
