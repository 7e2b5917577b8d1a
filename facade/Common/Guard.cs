namespace Millis;

/// <summary>Argument checks that run before any request is sent, with messages that name the parameter and the fix.</summary>
internal static class Guard
{
    public static string NotBlank(string? value, string parameterName, string what)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required: pass the {what}.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameterName} must not be empty or whitespace: pass the {what}.", parameterName);
        }

        return value;
    }

    public static T NotNull<T>(T? value, string parameterName)
        where T : class =>
        value ?? throw new ArgumentNullException(parameterName, $"{parameterName} is required.");

    /// <summary>Checks a number against the bounds the spec declares (null passes: the parameter is then not sent).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside the bounds.</exception>
    public static void InRange(double? value, string parameterName, double? minimum, bool exclusiveMinimum, double? maximum, bool exclusiveMaximum)
    {
        if (value is not { } v)
        {
            return;
        }

        var low = minimum is { } min && (exclusiveMinimum ? v <= min : v < min);
        var high = maximum is { } max && (exclusiveMaximum ? v >= max : v > max);
        if (low || high)
        {
            var lower = minimum is { } a ? (exclusiveMinimum ? "greater than " : "at least ") + a.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            var upper = maximum is { } b ? (exclusiveMaximum ? "less than " : "at most ") + b.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            throw new ArgumentOutOfRangeException(parameterName, v, $"{parameterName} must be {string.Join(" and ", new[] { lower, upper }.Where(x => x is not null))}.");
        }
    }

    /// <summary>Copies a list of strings, rejecting a null list or a null item.</summary>
    public static List<string> Strings(IEnumerable<string> items, string parameterName)
    {
        if (items is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            list.Add(item ?? throw new ArgumentException($"{parameterName} contains null.", parameterName));
        }

        return list;
    }

    public static IReadOnlyList<T> AsReadOnly<T>(IList<T>? list) =>
        list is null ? [] : list as IReadOnlyList<T> ?? list.ToList();
}
