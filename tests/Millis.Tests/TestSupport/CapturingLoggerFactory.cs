using Microsoft.Extensions.Logging;

namespace Millis.Tests.TestSupport;

/// <summary>One captured log event: its rendered message, structured values and exception text.</summary>
internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Values, string? Exception)
{
    public object? this[string name] => Values.TryGetValue(name, out var v) ? v : null;

    public override string ToString() => $"[{Level}] {Category} {EventId}: {Message} {string.Join(", ", Values.Select(kv => kv.Key + "=" + kv.Value))} {Exception}";
}

/// <summary>An <see cref="ILoggerFactory"/> keeping every event at every level (minimum level trace).</summary>
internal sealed class CapturingLoggerFactory : ILoggerFactory
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    /// <summary>Everything logged, one event per line, for searching for secrets.</summary>
    public string AllText => string.Join("\n", Entries.Select(e => e.ToString()));

    public int CreatedLoggers { get; private set; }

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public ILogger CreateLogger(string categoryName)
    {
        CreatedLoggers++;
        return new Logger(this, categoryName);
    }

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerFactory owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                : new Dictionary<string, object?>();
            lock (owner._entries)
            {
                owner._entries.Add(new LogEntry(category, logLevel, eventId, formatter(state, exception), values, exception?.ToString()));
            }
        }
    }
}
