using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Millis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds <see cref="MillisClientOptions"/> from configuration, first checking the values the binder would misread or
/// refuse with a message about types: an unknown region (the valid names are listed), a TimeSpan written as a bare
/// number (which .NET reads as days) or not as a TimeSpan at all.
/// </summary>
internal static class MillisConfigurationBinding
{
    private static readonly string[] TimeSpanKeys = [nameof(MillisClientOptions.Timeout), nameof(MillisClientOptions.MaxRetryDelay)];

    public static void Bind(IConfiguration configuration, MillisClientOptions options)
    {
        var section = configuration is IConfigurationSection s ? s.Path : null;
        var problems = new List<string>();
        if (configuration[nameof(MillisClientOptions.Region)] is { Length: > 0 } region && !IsRegion(region))
        {
            problems.Add($"{Key(section, nameof(MillisClientOptions.Region))} is '{region}', which is not a Millis region; use one of: {string.Join(", ", Enum.GetNames(typeof(MillisRegion)))} (e.g. \"Region\": \"EuWest\" for https://api-eu-west.millis.ai).");
        }

        foreach (var name in TimeSpanKeys)
        {
            if (configuration[name] is not { Length: > 0 } value)
            {
                continue;
            }

            var trimmed = value.Trim();
            if (trimmed.All(char.IsDigit))
            {
                problems.Add($"{Key(section, name)} is '{value}', a bare number, which .NET reads as {trimmed} days. Write a TimeSpan as [d.]hh:mm:ss: \"00:00:30\" is 30 seconds, \"00:02:00\" two minutes.");
            }
            else if (!TimeSpan.TryParse(trimmed, CultureInfo.InvariantCulture, out _))
            {
                problems.Add($"{Key(section, name)} is '{value}', which is not a TimeSpan. Write [d.]hh:mm:ss: \"00:00:30\" is 30 seconds, \"00:02:00\" two minutes.");
            }
        }

        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.Options.DefaultName, typeof(MillisClientOptions), problems);
        }

        configuration.Bind(options);
        options.ConfigurationPath = section ?? "";
    }

    private static bool IsRegion(string value) =>
        Enum.TryParse<MillisRegion>(value, ignoreCase: true, out var region)
        && Enum.IsDefined(typeof(MillisRegion), region)
        && !value.Trim().All(c => char.IsDigit(c) || c == '-');

    private static string Key(string? section, string name) => section is null ? name : $"{section}:{name}";
}
