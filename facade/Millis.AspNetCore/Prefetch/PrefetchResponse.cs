using System.Text.Json.Serialization;

namespace Millis.AspNetCore;

/// <summary>
/// The answer to the prefetch webhook: <c>{"metadata": {…}, "extra_prompt": "…"}</c>, both optional; an empty
/// response (<c>{}</c>) changes nothing.
/// </summary>
public sealed class PrefetchResponse
{
    /// <summary>Merged into the session's metadata; a key given here overrides the same key sent by the caller.</summary>
    [JsonPropertyName("metadata")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IDictionary<string, object?>? Metadata { get; set; }

    /// <summary>Appended to the agent's system prompt for this session.</summary>
    [JsonPropertyName("extra_prompt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExtraPrompt { get; set; }
}
