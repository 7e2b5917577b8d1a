using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds the <c>voice</c> of an agent: provider, voice id, model and provider settings. Start from
/// the <see cref="Millis.Models.Voice"/> factories, e.g. <c>Voice.ElevenLabs("voice-id").Model("eleven_turbo_v2_5")</c>.
/// </summary>
public sealed class VoiceBuilder
{
    private readonly VoiceProvider _provider;
    private readonly string _voiceId;
    private string? _model;
    private Dictionary<string, object>? _settings;

    /// <summary>Starts a voice of any provider, including ones this SDK version does not know yet.</summary>
    /// <param name="provider">The TTS provider, e.g. <see cref="VoiceProvider.ElevenLabs"/> or a raw string.</param>
    /// <param name="voiceId">The provider's voice id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="voiceId"/> is null.</exception>
    public VoiceBuilder(VoiceProvider provider, string voiceId)
    {
        _provider = provider;
        _voiceId = voiceId ?? throw new ArgumentNullException(nameof(voiceId));
    }

    /// <summary>Sets the provider's model (<c>voice.model</c>), e.g. <c>eleven_turbo_v2_5</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public VoiceBuilder Model(string model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        return this;
    }

    /// <summary>Adds or replaces one provider setting (<c>voice.settings</c>), e.g. <c>Setting("stability", 0.5)</c>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public VoiceBuilder Setting(string name, object value)
    {
        if (name is null)
        {
            throw new ArgumentNullException(nameof(name));
        }

        (_settings ??= new Dictionary<string, object>(StringComparer.Ordinal))[name] = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Creates the <see cref="Voice"/> model; each call returns a new object.</summary>
    public Voice Build() => new()
    {
        Provider = _provider,
        VoiceId = _voiceId,
        Model = _model,
        Settings = _settings is null ? null : new Dictionary<string, object>(_settings, StringComparer.Ordinal),
    };
}
