using System.Text.Json;

namespace Millis.AspNetCore;

/// <summary>One entry of the end-of-call record's <c>function_calls</c>: a tool the agent called during the session.</summary>
public sealed class SessionFunctionCall
{
    /// <summary>The tool's name (<c>name</c>); null when absent.</summary>
    public string? Name { get; init; }

    /// <summary>What the tool returned (<c>result</c>): the string as sent, or the raw JSON text of any other value.</summary>
    public string? Result { get; init; }

    /// <summary>The arguments, when the entry carries them (<c>params</c>, <c>arguments</c> or <c>args</c>); their shape is not documented.</summary>
    public JsonElement? Arguments { get; init; }

    /// <summary>The whole entry as sent.</summary>
    public JsonElement Raw { get; init; }

    internal static SessionFunctionCall From(JsonElement entry)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return new SessionFunctionCall { Raw = entry };
        }

        var reader = new Internal.JsonObjectReader(entry);
        JsonElement? arguments = null;
        foreach (var name in new[] { "params", "arguments", "args" })
        {
            if (reader.TryGet(name, out var value))
            {
                arguments = value.Clone();
                break;
            }
        }

        string? result = null;
        if (reader.TryGet("result", out var raw))
        {
            result = raw.ValueKind == JsonValueKind.String ? raw.GetString() : raw.GetRawText();
        }

        return new SessionFunctionCall { Name = reader.String("name"), Result = result, Arguments = arguments, Raw = entry };
    }
}
