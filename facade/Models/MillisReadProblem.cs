namespace Millis.Models;

/// <summary>A value in a response that this SDK could not read into its typed property; the call still succeeded.</summary>
/// <param name="Path">Where it is in the response body, e.g. <c>histories[3].ts</c>.</param>
/// <param name="Expected">What the SDK expected there, e.g. <c>a number (Int64)</c> or <c>a value (required)</c>.</param>
/// <param name="Problem">What was wrong, in a sentence.</param>
/// <param name="RawJson">The value as the API sent it (absent for a missing field), at most 2,000 characters.</param>
public sealed record MillisReadProblem(string Path, string Expected, string Problem, string? RawJson)
{
    /// <summary>One line: path, problem, expectation.</summary>
    public override string ToString() => $"{(Path.Length == 0 ? "(body)" : Path)}: {Problem} (expected {Expected})";
}
