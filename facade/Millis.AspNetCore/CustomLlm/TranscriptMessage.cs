using System.Text.Json;

namespace Millis.AspNetCore;

/// <summary>One turn of the transcript Millis sends with <c>stream_request</c>.</summary>
/// <remarks>The transcript's exact shape is not documented; it is read as <c>[{"role": …, "content": …}]</c>, and a bare string as one user turn.</remarks>
public sealed class TranscriptMessage
{
    /// <summary>Who spoke, as sent (typically <c>user</c> or <c>assistant</c>).</summary>
    public required string Role { get; init; }

    /// <summary>What was said (a non-string <c>content</c> is kept as its raw JSON text).</summary>
    public required string Content { get; init; }

    /// <summary>The turn as sent; <c>default</c> for turns made in code.</summary>
    public JsonElement Raw { get; init; }

    /// <summary>A user turn.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static TranscriptMessage User(string content) => new() { Role = "user", Content = content ?? throw new ArgumentNullException(nameof(content)) };

    /// <summary>An assistant (agent) turn.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null.</exception>
    public static TranscriptMessage Assistant(string content) => new() { Role = "assistant", Content = content ?? throw new ArgumentNullException(nameof(content)) };

    /// <summary>The role only: transcript text is personal data and stays out of logs.</summary>
    public override string ToString() => $"{Role} turn ({Content.Length} chars)";

    internal static IReadOnlyList<TranscriptMessage> ReadAll(JsonElement transcript)
    {
        if (transcript.ValueKind == JsonValueKind.String)
        {
            return new[] { new TranscriptMessage { Role = "user", Content = transcript.GetString()!, Raw = transcript.Clone() } };
        }

        if (transcript.ValueKind != JsonValueKind.Array)
        {
            return Array.Empty<TranscriptMessage>();
        }

        var turns = new List<TranscriptMessage>();
        foreach (var item in transcript.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var role = item.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "user";
            var content = !item.TryGetProperty("content", out var c) ? ""
                : c.ValueKind == JsonValueKind.String ? c.GetString()!
                : c.ValueKind == JsonValueKind.Null ? ""
                : c.GetRawText();
            turns.Add(new TranscriptMessage { Role = role, Content = content, Raw = item.Clone() });
        }

        return turns;
    }
}
