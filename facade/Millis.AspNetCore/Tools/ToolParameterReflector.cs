using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Millis.AspNetCore.Internal;

/// <summary>Derives a tool's <c>params[]</c> from the public settable properties of its argument type.</summary>
internal static class ToolParameterReflector
{
    private static readonly HashSet<Type> StringTypes = new()
    {
        typeof(string), typeof(char), typeof(Guid), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan), typeof(Uri),
    };

    private static readonly HashSet<Type> NumberTypes = new()
    {
        typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint), typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal),
    };

    public static IReadOnlyList<MillisToolParameter> Describe(Type argumentsType)
    {
        var nullability = new NullabilityInfoContext();
        var parameters = new List<MillisToolParameter>();
        foreach (var property in argumentsType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.SetMethod is not { IsPublic: true } || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var wireType = type == typeof(bool) ? "boolean"
                : NumberTypes.Contains(type) ? "number"
                : StringTypes.Contains(type) || type.IsEnum ? "string"
                : throw new ArgumentException(
                    $"{argumentsType.Name}.{property.Name} is a {property.PropertyType.Name}; Millis tool parameters are strings, numbers or booleans.",
                    nameof(argumentsType));
            parameters.Add(new MillisToolParameter(
                property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? ToolJson.WireName(property.Name),
                wireType,
                property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? property.Name,
                IsRequired(property, nullability),
                property));
        }

        return parameters;
    }

    private static bool IsRequired(PropertyInfo property, NullabilityInfoContext nullability)
    {
        if (property.GetCustomAttribute<RequiredAttribute>() is not null || property.GetCustomAttribute<RequiredMemberAttribute>() is not null
            || property.GetCustomAttribute<JsonRequiredAttribute>() is not null)
        {
            return true;
        }

        if (property.PropertyType.IsValueType)
        {
            return Nullable.GetUnderlyingType(property.PropertyType) is null;
        }

        return nullability.Create(property).WriteState == NullabilityState.NotNull;
    }
}
