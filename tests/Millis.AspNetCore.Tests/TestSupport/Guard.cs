namespace Millis.AspNetCore.Tests.TestSupport;

/// <summary>Hang guards: generous limits that never decide an outcome, only stop a broken test from hanging.</summary>
public static class Guard
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static CancellationToken Token() => new CancellationTokenSource(Limit).Token;

    public static Task<T> Within<T>(this TaskCompletionSource<T> source) => source.Task.WaitAsync(Limit);

    public static Task Within(this Task task) => task.WaitAsync(Limit);

    public static Task<T> Within<T>(this Task<T> task) => task.WaitAsync(Limit);
}
