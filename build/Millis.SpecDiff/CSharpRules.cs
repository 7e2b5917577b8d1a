using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>How the SDK's codegen maps a schema to C#, as far as the C# verdicts need it.</summary>
internal static class CSharpRules
{
    /// <summary>
    /// Numbers, booleans and string enums (string-backed structs) are C# value types: making them nullable changes
    /// their type (<c>int</c> → <c>int?</c>). A const (a Literal field) is generated as a plain string.
    /// </summary>
    public static bool IsValueType(Shape shape) =>
        shape.Kind is "integer" or "number" or "boolean" || (shape.Kind == "string" && shape.Schema["enum"] is JArray && shape.Schema["const"] is null);

    /// <summary>The C# verdict when a member's nullability may have changed (through the schema or through required).</summary>
    public static DiffKind Nullability(bool oldNullable, bool newNullable, Shape newShape, Holder holder)
    {
        var (before, after) = (holder.OldOptional || oldNullable, holder.NewOptional || newNullable);
        if (before == after || !IsValueType(newShape))
        {
            return DiffKind.None; // a reference type only changes its nullable annotation
        }

        // A caller's int still converts to a parameter's int?; a property's reader gets a different type either way.
        return holder.IsParameter && after ? DiffKind.None : DiffKind.Breaking;
    }

    /// <summary>A success response's schema is the generated method's return type; error responses only shape exceptions.</summary>
    public static DiffKind ResponseStatus(string status) => status.StartsWith('2') ? DiffKind.Breaking : DiffKind.None;
}
