namespace Millis.Agents;

/// <summary>One problem found in an agent configuration: where it is (a JSON path) and how to fix it.</summary>
public sealed class AgentConfigProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path of the offending field, e.g. <c>flow.call_transfer.phones[1].phone</c>.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AgentConfigProblem(string path, string message)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Message = message ?? throw new ArgumentNullException(nameof(message));
    }

    /// <summary>The JSON path of the offending field as sent on the wire, e.g. <c>tools[0].webhook</c>.</summary>
    public string Path { get; }

    /// <summary>What is wrong and how to fix it, e.g. <c>"555-1234" is not E.164 (+15551234567)</c>.</summary>
    public string Message { get; }

    /// <summary>The path and the message: <c>path: message</c>.</summary>
    public override string ToString() => Path + ": " + Message;
}
