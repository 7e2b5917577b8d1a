namespace Millis.AspNetCore;

/// <summary>
/// Compares the secret a request presented with a configured one. The default, <see cref="FixedTimeMillisSecretComparer"/>,
/// takes the same time whatever the inputs; replace it (register your own in DI) only for tests.
/// </summary>
public interface IMillisSecretComparer
{
    /// <summary>True when <paramref name="presented"/> equals <paramref name="expected"/>.</summary>
    /// <param name="presented">The header value the request carried.</param>
    /// <param name="expected">One configured secret.</param>
    bool SecretsMatch(string presented, string expected);
}
