using System.Text.Json;

namespace Millis.AspNetCore.Testing;

/// <summary>A frame your custom-LLM endpoint sent to the simulator.</summary>
public sealed class MillisSimulatorFrame
{
    internal MillisSimulatorFrame(string raw, int index)
    {
        Raw = raw;
        Index = index;
        var root = JsonSerializer.Deserialize<JsonElement>(raw);
        Type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        Data = root.TryGetProperty("data", out var d) ? d.Clone() : default;
        if (Data.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        StreamId = Data.TryGetProperty("stream_id", out var id) ? (id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()) : null;
        Content = Data.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        Flush = Data.TryGetProperty("flush", out var f) && f.ValueKind is JsonValueKind.True or JsonValueKind.False ? f.GetBoolean() : null;
        Pause = Data.TryGetProperty("pause", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;
        EndOfStream = Data.TryGetProperty("end_of_stream", out var e) && e.ValueKind == JsonValueKind.True;
    }

    /// <summary>The position among all frames received on the connection, from 0.</summary>
    public int Index { get; }

    /// <summary>The frame's <c>type</c>.</summary>
    public string? Type { get; }

    /// <summary>The frame's <c>data</c>.</summary>
    public JsonElement Data { get; }

    /// <summary><c>data.stream_id</c> as text.</summary>
    public string? StreamId { get; }

    /// <summary><c>data.content</c>.</summary>
    public string? Content { get; }

    /// <summary><c>data.flush</c>, when sent.</summary>
    public bool? Flush { get; }

    /// <summary><c>data.pause</c>, when sent.</summary>
    public int? Pause { get; }

    /// <summary><c>data.end_of_stream</c>.</summary>
    public bool EndOfStream { get; }

    /// <summary>The frame's JSON text.</summary>
    public string Raw { get; }

    /// <inheritdoc/>
    public override string ToString() => Raw;
}
