// CUSTOM:
// - Adds one factory per TTS provider to the generated Voice model, so a builder reads
//   .WithVoice(Voice.ElevenLabs("voice-id").Model("eleven_turbo_v2_5")).
using Millis.Agents;

namespace Millis.Models;

/// <remarks>The static factories start a <see cref="VoiceBuilder"/> for each TTS provider.</remarks>
public partial class Voice
{
    /// <summary>A voice of any provider, including ones this SDK version does not know yet (pass a raw string).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Of(VoiceProvider provider, string voiceId) => new(provider, voiceId);

    /// <summary>A ElevenLabs voice (<c>"provider": "elevenlabs"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder ElevenLabs(string voiceId) => new(VoiceProvider.ElevenLabs, voiceId);

    /// <summary>A OpenAI voice (<c>"provider": "openai"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder OpenAI(string voiceId) => new(VoiceProvider.OpenAI, voiceId);

    /// <summary>A Cartesia voice (<c>"provider": "cartesia"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Cartesia(string voiceId) => new(VoiceProvider.Cartesia, voiceId);

    /// <summary>A PlayHT voice (<c>"provider": "playht"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder PlayHT(string voiceId) => new(VoiceProvider.PlayHT, voiceId);

    /// <summary>A Deepgram voice (<c>"provider": "deepgram"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Deepgram(string voiceId) => new(VoiceProvider.Deepgram, voiceId);

    /// <summary>A Rime voice (<c>"provider": "rime"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Rime(string voiceId) => new(VoiceProvider.Rime, voiceId);

    /// <summary>A Neets voice (<c>"provider": "neets"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Neets(string voiceId) => new(VoiceProvider.Neets, voiceId);

    /// <summary>A OpenAI Realtime voice (<c>"provider": "openai_realtime"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder OpenAIRealtime(string voiceId) => new(VoiceProvider.OpenAIRealtime, voiceId);

    /// <summary>A Dubverse voice (<c>"provider": "dubverse"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Dubverse(string voiceId) => new(VoiceProvider.Dubverse, voiceId);

    /// <summary>A Orpheus voice (<c>"provider": "orpheus"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Orpheus(string voiceId) => new(VoiceProvider.Orpheus, voiceId);

    /// <summary>A Sesame voice (<c>"provider": "sesame"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Sesame(string voiceId) => new(VoiceProvider.Sesame, voiceId);

    /// <summary>A Kokoro voice (<c>"provider": "kokoro"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Kokoro(string voiceId) => new(VoiceProvider.Kokoro, voiceId);

    /// <summary>A Sarvam voice (<c>"provider": "sarvam"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Sarvam(string voiceId) => new(VoiceProvider.Sarvam, voiceId);

    /// <summary>A Hume voice (<c>"provider": "hume"</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public static VoiceBuilder Hume(string voiceId) => new(VoiceProvider.Hume, voiceId);
}
