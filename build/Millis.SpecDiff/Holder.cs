namespace Millis.SpecDiff;

/// <summary>
/// The C# member a schema is declared through, old and new. Optional properties and parameters are nullable in C#
/// whatever the schema says (NSwag's generateOptionalPropertiesAsNullable and generateOptionalParameters), so a
/// schema's nullability only reaches the C# type of a required one.
/// </summary>
internal readonly record struct Holder(bool OldOptional, bool NewOptional, bool IsParameter)
{
    /// <summary>A body, an array item or a map value: its C# type follows the schema.</summary>
    public static Holder Value => default;

    public static Holder Parameter(bool oldOptional, bool newOptional) => new(oldOptional, newOptional, IsParameter: true);
}
