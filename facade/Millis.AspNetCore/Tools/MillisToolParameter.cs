using System.Reflection;

namespace Millis.AspNetCore;

/// <summary>One parameter of a tool (<c>params[]</c>), derived from a property of the tool's argument type.</summary>
public sealed class MillisToolParameter
{
    internal MillisToolParameter(string name, string type, string description, bool required, PropertyInfo property)
    {
        Name = name;
        Type = type;
        Description = description;
        Required = required;
        Property = property;
    }

    /// <summary>The name on the wire: the property's <c>[JsonPropertyName]</c>, else its name in snake_case.</summary>
    public string Name { get; }

    /// <summary>The Millis parameter type: <c>string</c>, <c>number</c> or <c>boolean</c>.</summary>
    public string Type { get; }

    /// <summary>What the parameter holds: the property's <c>[Description]</c>, else its name.</summary>
    public string Description { get; }

    /// <summary>Whether the model must pass it: <c>[Required]</c>, a <c>required</c> member, or a non-nullable type.</summary>
    public bool Required { get; }

    /// <summary>The property the parameter binds to.</summary>
    public PropertyInfo Property { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Type}{(Required ? " (required)" : "")}";
}
