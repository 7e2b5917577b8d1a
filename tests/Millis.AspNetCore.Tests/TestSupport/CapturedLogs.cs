using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Millis.AspNetCore.Tests.TestSupport;

public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception);

/// <summary>Records every log entry of an app under test, to check what is (and is not) logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToList();

    public IEnumerable<LogEntry> AtLeast(LogLevel level) => Entries.Where(e => e.Level >= level);

    public string AllText(LogLevel minimum = LogLevel.Trace) =>
        string.Join("\n", Entries.Where(e => e.Level >= minimum).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    /// <summary>What this package logged (categories Millis.*), at <paramref name="minimum"/> or above.</summary>
    public string MillisText(LogLevel minimum = LogLevel.Trace) =>
        string.Join("\n", Entries.Where(e => e.Level >= minimum && e.Category.StartsWith("Millis", StringComparison.Ordinal)).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception));
    }
}
