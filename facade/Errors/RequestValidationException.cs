namespace Millis;

/// <summary>
/// A request this SDK refused to send: a required field is missing, a field the API does not know was added to an
/// object it closes, or a discriminator contradicts its shape. Lists every problem with its JSON path.
/// </summary>
public sealed class RequestValidationException : ArgumentException
{
    internal RequestValidationException(string parameterName, IReadOnlyList<RequestProblem> problems)
        : base(Describe(parameterName, problems), parameterName)
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<RequestProblem> Problems { get; }

    private static string Describe(string parameterName, IReadOnlyList<RequestProblem> problems) =>
        $"{parameterName} cannot be sent ({problems.Count} {(problems.Count == 1 ? "problem" : "problems")}):" + Environment.NewLine
        + string.Join(Environment.NewLine, problems.Select(p => "- " + p));
}

/// <summary>One problem of a request: where (the JSON path, e.g. <c>api_token</c>) and what to do.</summary>
/// <param name="Path">The JSON path of the field as sent on the wire.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record RequestProblem(string Path, string Message)
{
    /// <summary><c>path: message</c>.</summary>
    public override string ToString() => (Path.Length == 0 ? "(body)" : Path) + ": " + Message;
}
