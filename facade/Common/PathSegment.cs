namespace Millis;

/// <summary>Checks an id that becomes one segment of a request path, before anything is sent.</summary>
internal static class PathSegment
{
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">It is empty, a dot segment, or holds a character that would not survive as one segment.</exception>
    public static string Check(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName, $"{parameterName} is required.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{parameterName} must not be empty or whitespace: pass the id.", parameterName);
        }

        if (value is "." or "..")
        {
            // A URL resolves dot segments: GET /campaigns/./info is GET /campaigns/info, another route.
            throw new ArgumentException($"{parameterName} \"{value}\" is a dot segment, which would change the request's route; pass the real id.", parameterName);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '/' or '\\')
            {
                throw new ArgumentException($"{parameterName} contains '{c}' at index {i}; an id must be one path segment (servers and proxies may decode an escaped slash into a new route).", parameterName);
            }

            if (char.IsControl(c))
            {
                throw new ArgumentException($"{parameterName} contains the control character U+{(int)c:X4} at index {i}; pass the id without it.", parameterName);
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"{parameterName} holds a lone UTF-16 surrogate at index {i}, which has no UTF-8 form (it would be sent as U+FFFD, another id).", parameterName);
            }
        }

        return value;
    }
}
