namespace Millis.Agents;

/// <summary>
/// Thrown by the agent-config builders when the configuration is invalid. Lists every problem found, not only the first.
/// </summary>
public sealed class AgentConfigValidationException : ArgumentException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public AgentConfigValidationException(IEnumerable<AgentConfigProblem> problems)
        : this((problems ?? throw new ArgumentNullException(nameof(problems))).ToList())
    {
    }

    private AgentConfigValidationException(List<AgentConfigProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems.AsReadOnly();
    }

    /// <summary>Every problem found, in the order of the fields.</summary>
    public IReadOnlyList<AgentConfigProblem> Problems { get; }

    private static string Describe(List<AgentConfigProblem> problems)
    {
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"The agent config is invalid ({problems.Count} {noun}):" + Environment.NewLine
            + string.Join(Environment.NewLine, problems.Select(p => "- " + p));
    }
}
