namespace Millis.AspNetCore;

/// <summary>Names under which the Millis secret check is registered with ASP.NET Core authentication and authorization.</summary>
public static class MillisSecretDefaults
{
    /// <summary>The authentication scheme that checks the secret header: <c>MillisSecret</c>.</summary>
    public const string AuthenticationScheme = "MillisSecret";

    /// <summary>The authorization policy that <c>RequireMillisSecret()</c> applies: <c>MillisSecret</c>.</summary>
    public const string PolicyName = "MillisSecret";
}
