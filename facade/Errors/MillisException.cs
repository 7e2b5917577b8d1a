namespace Millis;

/// <summary>Base of every exception the Millis SDK throws for a failed call (argument checks throw <see cref="ArgumentException"/>).</summary>
public class MillisException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MillisException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
