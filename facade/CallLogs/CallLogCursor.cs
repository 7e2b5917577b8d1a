using System.Globalization;

namespace Millis.CallLogs;

/// <summary>
/// Where a walk through call logs stopped: pass it back to resume (<see cref="CallLogsClient.ListPagesAsync"/>), or
/// store it as text (<see cref="ToString"/>, <see cref="Parse"/>). Opaque: its form on the wire is the API's business.
/// </summary>
public sealed class CallLogCursor : IEquatable<CallLogCursor>
{
    private CallLogCursor(double value) => Value = value;

    internal double Value { get; }

    /// <summary>Reads a cursor stored with <see cref="ToString"/>.</summary>
    /// <exception cref="FormatException">The text is not a cursor.</exception>
    public static CallLogCursor Parse(string text) =>
        TryParse(text, out var cursor) ? cursor : throw new FormatException($"\"{text}\" is not a call-log cursor; store and pass back the text of CallLogCursor.ToString().");

    /// <summary>Reads a cursor stored with <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CallLogCursor? cursor)
    {
        cursor = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && IsUsable(value) ? new CallLogCursor(value) : null;
        return cursor is not null;
    }

    /// <summary>A cursor from the API's <c>next_cursor</c>; null where the walk ends (absent, null, 0, not a finite number).</summary>
    internal static CallLogCursor? FromWire(double? value) => value is { } v && IsUsable(v) ? new CallLogCursor(v) : null;

    /// <summary>The cursor as text, to store and <see cref="Parse"/> later.</summary>
    // Stryker disable once String : on .NET Core 3.0 and later (the net8.0 build Stryker mutates) the default double format is already the shortest round-trip form; "R" matters on netstandard2.0 (.NET Framework)
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(CallLogCursor? other) => other is not null && Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CallLogCursor other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    // 0 is "from the top" to the server (a walk sending it back starts over), and NaN/∞ cannot be sent.
    private static bool IsUsable(double value) => value != 0 && !double.IsNaN(value) && !double.IsInfinity(value);
}
