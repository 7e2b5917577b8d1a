namespace Millis.Examples;

/// <summary>One example: its name on the command line, the user task it shows, and whether it spends money or dials out live.</summary>
public sealed record Example(string Name, string Task, Func<ExampleContext, Task> RunAsync, bool ChangesBilling = false);
