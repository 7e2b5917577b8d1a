using System.Text.RegularExpressions;

namespace Millis;

/// <summary>E.164 checks shared by the clients and the builders.</summary>
internal static class PhoneNumbers
{
    private static readonly Regex E164 = new(@"^\+[1-9]\d{1,14}$", RegexOptions.CultureInvariant);

    public static bool IsE164(string? number) => number is not null && E164.IsMatch(number);

    public static void RequireE164(string? number, string parameterName)
    {
        if (!IsE164(number))
        {
            throw new ArgumentException($"{parameterName}: \"{number}\" is not an E.164 number; use the international form with no spaces or dashes, e.g. +15551234567.", parameterName);
        }
    }
}
