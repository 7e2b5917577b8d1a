namespace Millis.AspNetCore;

/// <summary>
/// Limits and wire names of the custom-LLM WebSocket endpoint. Bound from <c>Millis:CustomLlm</c> by
/// <c>AddMillisWebhooks(configuration)</c>; each <c>MapMillisCustomLlm</c> can change its own copy.
/// </summary>
public sealed class MillisCustomLlmOptions
{
    /// <summary>The configuration section read by default: <c>Millis:CustomLlm</c>.</summary>
    public const string DefaultSectionName = "Millis:CustomLlm";

    /// <summary>How long a new connection may go without <c>start_call</c> before it is closed (policy violation). Default 10 s.</summary>
    public TimeSpan StartCallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The largest message accepted, in bytes; a larger one closes the connection (message too big). Default 1 MiB.</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>How long to wait for the peer's close reply (and for handlers to stop) when the connection ends. Default 5 s.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The <c>type</c> of the message that ends the call, sent with <c>{"stream_id"}</c>. Millis documents that such a
    /// message exists but not its name: <b>assumed</b> <c>end_call</c>; set the real name here if it differs.
    /// </summary>
    public string EndCallMessageType { get; set; } = "end_call";

    /// <summary>
    /// The <c>type</c> of the message that transfers the call, sent with <c>{"stream_id", "destination"}</c>. Not
    /// documented: <b>assumed</b> <c>transfer_call</c>; set the real name here if it differs.
    /// </summary>
    public string TransferCallMessageType { get; set; } = "transfer_call";

    internal MillisCustomLlmOptions Copy() => (MillisCustomLlmOptions)MemberwiseClone();

    internal void Validate()
    {
        if (StartCallTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StartCallTimeout), StartCallTimeout, "StartCallTimeout must be positive.");
        }

        if (CloseTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CloseTimeout), CloseTimeout, "CloseTimeout must be positive.");
        }

        if (MaxMessageBytes < 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxMessageBytes), MaxMessageBytes, "MaxMessageBytes must be at least 1024.");
        }

        if (string.IsNullOrWhiteSpace(EndCallMessageType) || string.IsNullOrWhiteSpace(TransferCallMessageType))
        {
            throw new ArgumentException("EndCallMessageType and TransferCallMessageType must be set.");
        }
    }
}
