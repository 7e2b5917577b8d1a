using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Models;

/// <summary>
/// <c>flow.response_delay</c>: either one delay in milliseconds (a JSON integer) or per-input delays
/// (<see cref="ResponseDelayConfig"/>). Written back in the form it was read.
/// </summary>
[JsonConverter(typeof(ResponseDelayJsonConverter))]
public sealed class ResponseDelay : JsonUnion
{
    /// <summary>Creates a single delay, in milliseconds.</summary>
    public ResponseDelay(int milliseconds) => Milliseconds = milliseconds;

    /// <summary>Creates per-input delays.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="config"/> is null.</exception>
    public ResponseDelay(ResponseDelayConfig config) => Config = config ?? throw new ArgumentNullException(nameof(config));

    private ResponseDelay(JToken unknown, string reason)
        : base(unknown, reason)
    {
    }

    /// <summary>Creates per-input delays in milliseconds: a generic one and one while the caller types digits.</summary>
    public static ResponseDelay PerInput(int? genericDelayMs = null, int? numberInputDelayMs = null) =>
        new(new ResponseDelayConfig { GenericDelay = genericDelayMs, NumberInputDelay = numberInputDelayMs });

    /// <summary>The single delay in milliseconds; null for the other forms.</summary>
    public int? Milliseconds { get; }

    /// <summary>The per-input delays; null for the other forms.</summary>
    public ResponseDelayConfig? Config { get; }

    /// <summary>True when this is a single delay in milliseconds.</summary>
    public bool IsMilliseconds => Milliseconds is not null;

    /// <summary>True when this holds per-input delays.</summary>
    public bool IsConfig => Config is not null;

    /// <summary>Wraps a delay in milliseconds.</summary>
    public static implicit operator ResponseDelay(int milliseconds) => new(milliseconds);

    /// <summary>Wraps per-input delays.</summary>
    public static implicit operator ResponseDelay(ResponseDelayConfig config) => new(config);

    /// <summary>Gets the single delay if that is the form held.</summary>
    public bool TryPickMilliseconds(out int milliseconds)
    {
        milliseconds = Milliseconds.GetValueOrDefault();
        return Milliseconds is not null;
    }

    /// <summary>Gets the per-input delays if that is the form held.</summary>
    public bool TryPickConfig([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ResponseDelayConfig? config)
    {
        config = Config;
        return config is not null;
    }

    /// <summary>Maps the form held to a value.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public TResult Match<TResult>(Func<int, TResult> milliseconds, Func<ResponseDelayConfig, TResult> config, Func<string, TResult>? unknown = null)
    {
        if (Milliseconds is { } ms)
        {
            return milliseconds(ms);
        }

        if (Config is not null)
        {
            return config(Config);
        }

        return unknown is not null ? unknown(UnknownJson!) : throw UnknownFormError();
    }

    /// <summary>Runs the action for the form held.</summary>
    /// <exception cref="InvalidOperationException">The form is unknown and no <paramref name="unknown"/> handler was given.</exception>
    public void Switch(Action<int> milliseconds, Action<ResponseDelayConfig> config, Action<string>? unknown = null) =>
        Match<object?>(m => { milliseconds(m); return null; }, c => { config(c); return null; }, unknown is null ? null : j => { unknown(j); return null; });

    /// <inheritdoc/>
    public override string ToString() =>
        Match(ms => $"{ms} ms", c => $"generic {c.GenericDelay?.ToString() ?? "-"} ms, number input {c.NumberInputDelay?.ToString() ?? "-"} ms", j => $"unknown response_delay form {j}");

    internal override object? Held => Config;

    private sealed class ResponseDelayJsonConverter : JsonUnionConverter<ResponseDelay>
    {
        protected override string AcceptedForms => "an integer (milliseconds) or an object {\"generic_delay\": ..., \"number_input_delay\": ...}";

        protected override ResponseDelay? Read(JToken token, JsonSerializer serializer) =>
            TryInt32(token) is { } ms ? new ResponseDelay(ms)
            : TryObject<ResponseDelayConfig>(token, serializer) is { } config ? new ResponseDelay(config)
            : null;

        protected override ResponseDelay CreateUnknown(JToken token, string reason) => new(token, reason);

        protected override void Write(JsonWriter writer, ResponseDelay value, JsonSerializer serializer)
        {
            if (value.Milliseconds is { } ms)
            {
                writer.WriteValue(ms);
            }
            else
            {
                serializer.Serialize(writer, value.Config);
            }
        }
    }
}
