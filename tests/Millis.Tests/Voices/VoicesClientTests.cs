using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Voices;

public class VoicesClientTests
{
    private const string VoicesJson = """[{"provider":"elevenlabs","voice_id":"v1","name":"Rachel","language":"de"}]""";

    [Test]
    public async Task ListAsync_SendsTheLanguage_AndReturnsTheVoices()
    {
        using var api = new ApiStub().RespondJson(VoicesJson);

        var voices = await api.Client.Voices.ListAsync("de");

        api.Single.AssertShape("GET", "/voices?language=de");
        Assert.That(voices.Select(v => (v.Provider, v.VoiceId, v.Name)), Is.EqualTo(new[] { (VoiceProvider.ElevenLabs, "v1", "Rachel") }));
    }

    [Test]
    public async Task ListAsync_WithoutALanguage_LeavesTheDefaultToTheServer()
    {
        using var api = new ApiStub().RespondJson("[]");

        await api.Client.Voices.ListAsync();

        api.Single.AssertShape("GET", "/voices");
    }

    [Test]
    public async Task ListCustomAsync_SendsTheLangCode_AndReturnsTheVoices()
    {
        using var api = new ApiStub().RespondJson(VoicesJson);

        var voices = await api.Client.Voices.ListCustomAsync("de");

        api.Single.AssertShape("GET", "/voices/custom?lang_code=de");
        Assert.That(voices.Single().Language, Is.EqualTo("de"));
    }
}
