using System.Text.RegularExpressions;

namespace Millis;

/// <summary>The one E.164 check, shared by the clients and the builders.</summary>
internal static class PhoneNumbers
{
    // [0-9], not \d (which takes Arabic-Indic and other digits); \z, not $ (which takes a trailing newline).
    private static readonly Regex E164 = new(@"^\+[1-9][0-9]{1,14}\z", RegexOptions.CultureInvariant);

    public static bool IsE164(string? number) => number is not null && E164.IsMatch(number);

    public static void RequireE164(string? number, string parameterName)
    {
        if (!IsE164(number))
        {
            throw new ArgumentException($"{parameterName}: \"{number}\" is not an E.164 number; use the international form with no spaces or dashes, e.g. +15551234567.", parameterName);
        }
    }
}
