namespace Millis.Http;

// The operation fields and All are generated (generated/Millis.Operations.g.cs) from the spec and the retry policy.
internal static partial class MillisOperations
{
    /// <summary>The operation of a method and path template, if the spec has it.</summary>
    public static MillisOperation? Find(string method, string pathTemplate) =>
        All.FirstOrDefault(o => string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(o.Path, pathTemplate, StringComparison.Ordinal));
}
