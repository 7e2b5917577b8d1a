namespace Millis.Tests.TestSupport;

/// <summary>
/// A bound on awaits that should complete, so a bug fails the test instead of hanging the run. Never what a test's
/// pass depends on: tests synchronize on signals (armed timers, server callbacks), and this is minutes, not a budget.
/// </summary>
internal static class Backstop
{
    public static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static Task Bounded(this Task task) => task.WaitAsync(Limit);

    public static Task<T> Bounded<T>(this Task<T> task) => task.WaitAsync(Limit);
}
