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

    public static IReadOnlyList<T> AsReadOnly<T>(IList<T>? list) =>
        list is null ? [] : list as IReadOnlyList<T> ?? list.ToList();
}
