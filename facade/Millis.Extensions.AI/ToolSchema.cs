using System.Text.Json;
using Microsoft.Extensions.AI;
using Millis.Models;

namespace Millis.Extensions.AI;

/// <summary>
/// Turns an <see cref="AIFunctionDeclaration"/>'s JSON schema into the flat parameter list a Millis tool takes
/// (<c>params[]</c>: name, type <c>string</c>/<c>number</c>/<c>boolean</c>, description, required).
/// </summary>
internal static class ToolSchema
{
    /// <summary>The tool for <paramref name="function"/>, with no webhook (the caller adds one if it has one).</summary>
    /// <exception cref="NotSupportedException">A parameter's schema cannot be expressed as a Millis tool parameter.</exception>
    public static AgentTool ToAgentTool(AIFunctionDeclaration function) => new()
    {
        Name = function.Name,
        Description = function.Description ?? string.Empty,
        Params = ToParams(function),
    };

    /// <summary>The parameters of <paramref name="function"/>, in schema order; null when it takes none.</summary>
    /// <exception cref="NotSupportedException">A parameter's schema cannot be expressed as a Millis tool parameter.</exception>
    public static List<Param>? ToParams(AIFunctionDeclaration function)
    {
        var schema = function.JsonSchema;
        if (schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        if (schema.TryGetProperty("required", out var names) && names.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in names.EnumerateArray())
            {
                if (name.ValueKind == JsonValueKind.String)
                {
                    required.Add(name.GetString()!);
                }
            }
        }

        var result = new List<Param>();
        foreach (var property in properties.EnumerateObject())
        {
            var (type, enumValues) = TypeOf(function.Name, property.Name, property.Value);
            var description = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String
                ? d.GetString()!
                : string.Empty;
            if (enumValues is not null)
            {
                description = (description.Length == 0 ? string.Empty : description.TrimEnd() + " ") + "One of: " + string.Join(", ", enumValues) + ".";
            }

            result.Add(new Param { Name = property.Name, Type = type, Description = description, Required = required.Contains(property.Name) });
        }

        return result.Count == 0 ? null : result;
    }

    private static (string Type, List<string>? EnumValues) TypeOf(string function, string parameter, JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw Refuse(function, parameter, "has no schema object");
        }

        List<string>? enumValues = null;
        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            enumValues = [];
            foreach (var value in values.EnumerateArray())
            {
                if (value.ValueKind == JsonValueKind.String)
                {
                    enumValues.Add(value.GetString()!);
                }
                else if (value.ValueKind != JsonValueKind.Null)
                {
                    throw Refuse(function, parameter, "is an enum of values that are not strings");
                }
            }
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            if (enumValues is not null)
            {
                return ("string", enumValues);
            }

            var combinator = schema.TryGetProperty("anyOf", out _) ? "anyOf" : schema.TryGetProperty("oneOf", out _) ? "oneOf" : null;
            throw Refuse(function, parameter, combinator is null ? "has no type" : $"is a union ({combinator})");
        }

        string? single = null;
        if (type.ValueKind == JsonValueKind.String)
        {
            single = type.GetString();
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            // ["string", "null"] is an optional string; anything with two real types cannot be expressed.
            var real = type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String && t.GetString() != "null").Select(t => t.GetString()!).ToList();
            if (real.Count != 1)
            {
                throw Refuse(function, parameter, real.Count == 0 ? "can only be null" : $"may be any of {string.Join(", ", real)}");
            }

            single = real[0];
        }

        return single switch
        {
            "string" => ("string", enumValues),
            "number" or "integer" => ("number", null),
            "boolean" => ("boolean", null),
            "object" => throw Refuse(function, parameter, "is an object (nested properties)"),
            "array" => throw Refuse(function, parameter, "is an array"),
            _ => throw Refuse(function, parameter, $"has the type '{single}'"),
        };
    }

    private static NotSupportedException Refuse(string function, string parameter, string what) =>
        new($"Tool '{function}': parameter '{parameter}' {what}, which a Millis tool cannot declare: its params[] are flat, each of type string, number or boolean. " +
            "Split it into simple parameters, or take it as a string holding JSON.");
}
