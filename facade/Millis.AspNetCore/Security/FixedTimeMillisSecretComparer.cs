using System.Security.Cryptography;
using System.Text;

namespace Millis.AspNetCore;

/// <summary>
/// Compares secrets in constant time: both UTF-8 encodings are hashed with SHA-256 and the digests compared with
/// <see cref="CryptographicOperations.FixedTimeEquals"/>. Hashing first gives equal-length inputs, so neither the
/// position of the first differing byte nor the secret's length shows in the timing.
/// </summary>
public sealed class FixedTimeMillisSecretComparer : IMillisSecretComparer
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool SecretsMatch(string presented, string expected)
    {
        ArgumentNullException.ThrowIfNull(presented);
        ArgumentNullException.ThrowIfNull(expected);
        Span<byte> presentedHash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> expectedHash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), presentedHash);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), expectedHash);
        return CryptographicOperations.FixedTimeEquals(presentedHash, expectedHash);
    }
}
