using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Serialization;

/// <summary>
/// A request body that cannot be sent is refused before anything goes out, with every problem's JSON path and what to
/// do, instead of Newtonsoft failing half-way through writing it.
/// </summary>
public class RequestValidationTests
{
    private static ImportTwilioRequest Twilio() => new() { Country = "US", Phone = "+15550100", Region = "us1", ApiKey = "key", ApiSecret = "secret", AccountSid = "AC1" };

    private static ImportExotelRequest Exotel() => new() { Country = "IN", Phone = "+919800000000", Region = "mumbai", ApiKey = "key", ApiToken = "token", Sid = "sid", Subdomain = "api.exotel.com" };

    [Test]
    public void AnImportMissingARequiredCredential_IsRefusedNamingTheFieldAndSendsNothing()
    {
        using var api = new ApiStub().RespondJson("{}");
        var request = Exotel();
        request.Unset(nameof(ImportExotelRequest.ApiToken));

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Phones.ImportAsync(request));

        Assert.That(ex!.Problems.Select(p => p.Path), Is.EqualTo(new[] { "api_token" }));
        Assert.That(ex.Message, Does.Contain("api_token: is required: set ImportExotelRequest.ApiToken"));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public void EveryMissingFieldIsListed_NotOnlyTheFirst()
    {
        using var api = new ApiStub().RespondJson("{}");

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Phones.ImportAsync(new ImportTwilioRequest { Country = "US", Phone = "+15550100" }));

        Assert.That(ex!.Problems.Select(p => p.Path), Is.EquivalentTo(new[] { "region", "api_key", "api_secret", "account_sid" }));
        Assert.That(ex.Message, Does.Contain("4 problems"));
    }

    [Test]
    public void AProviderThatContradictsTheRequestType_IsRefusedNamingBoth()
    {
        using var api = new ApiStub().RespondJson("{}");
        var request = Twilio();
        request.Provider = "exotel";

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Phones.ImportAsync(request));

        Assert.That(ex!.Problems.Single().Path, Is.EqualTo("provider"));
        Assert.That(ex.Problems.Single().Message, Does.Contain("\"exotel\"").And.Contain("ImportTwilioRequest").And.Contain("\"twilio\""));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public async Task ACompleteImportIsSent()
    {
        using var api = new ApiStub().RespondJson("{}");

        await api.Client.Phones.ImportAsync(Twilio());

        Assert.That(api.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public void AFileMissingItsFields_IsRefusedBeforeTheUploadIsRegistered()
    {
        using var api = new ApiStub().RespondJson("{}");

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Knowledge.CreateFileAsync(new CreateFileRequest { Name = "faq.pdf", ObjectKey = "k" }));

        Assert.That(ex!.Problems.Select(p => p.Path), Is.EquivalentTo(new[] { "description", "file_type", "size" }));
        Assert.That(ex.ParamName, Is.EqualTo("request"));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public void AMissingFieldDeepInAnAgentConfig_IsNamedByItsFullPath()
    {
        using var api = new ApiStub().RespondJson("{}");
        var config = new AgentConfig
        {
            Prompt = "p",
            Voice = new Voice { Provider = VoiceProvider.OpenAI, VoiceId = "alloy" },
            Tools = [new AgentTool { Name = "lookup", Description = "d", Params = [new Param { Name = "id", Type = "string", Description = "the id" }] }],
        };

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Agents.CreateAsync("A", config));

        Assert.That(ex!.Problems.Select(p => p.Path), Is.EqualTo(new[] { "config.tools[0].params[0].required" }));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public void ANullItemInAListOfObjects_IsRefusedByItsIndex()
    {
        using var api = new ApiStub().RespondJson("{}");
        var config = new AgentConfig { Prompt = "p", Voice = new Voice { Provider = VoiceProvider.OpenAI, VoiceId = "alloy" }, Tools = [null!] };

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Agents.CreateAsync("A", config));

        Assert.That(ex!.Problems.Single().ToString(), Is.EqualTo("config.tools[0]: is null; remove it or pass an object"));
    }

    [Test]
    public void AnUnknownFieldOnAnObjectTheApiCloses_IsRefusedNamingIt()
    {
        using var api = new ApiStub().RespondJson("{}");
        var update = new AgentUpdate { Name = "A", Config = new PartialAgentConfig { Prompt = "p" } };
        update.Config.AdditionalProperties["temprature"] = 0.2;

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Agents.UpdateAsync("a1", update));

        Assert.That(ex!.Problems.Select(p => p.ToString()), Has.Some.StartsWith("config.temprature: "));
        Assert.That(ex.Problems, Has.Count.EqualTo(1), string.Join(" / ", ex.Problems));
        Assert.That(ex.Problems.Single(p => p.Path == "config.temprature").Message, Does.Contain("not a field of PartialAgentConfig"));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public void ARequiredFieldSetToNull_IsRefusedAsNull()
    {
        using var api = new ApiStub().RespondJson("{}");
        var request = Twilio();
        request.SetNull(nameof(ImportTwilioRequest.AccountSid));

        var ex = Assert.ThrowsAsync<RequestValidationException>(() => api.Client.Phones.ImportAsync(request));

        Assert.That(ex!.Problems.Single().ToString(), Does.StartWith("account_sid: ").And.Contain("ImportTwilioRequest.AccountSid"));
    }

    [Test]
    public async Task OptionalFieldsLeftUnsetAreNotProblems()
    {
        using var api = new ApiStub().RespondJson("""{"id":"a","name":"A","config":{"prompt":"p","voice":{"provider":"openai","voice_id":"alloy"}},"created_at":1}""");
        var config = new AgentConfig { Prompt = "p", Voice = new Voice { Provider = VoiceProvider.OpenAI, VoiceId = "alloy" }, Llm = new LLM { Model = LLMProvider.Gpt4o } };

        await api.Client.Agents.CreateAsync("A", config);

        Assert.That(api.Requests, Has.Count.EqualTo(1));
    }
}
