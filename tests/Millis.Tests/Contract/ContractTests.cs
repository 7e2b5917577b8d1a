using Millis.Models;
using Millis.Prism;

namespace Millis.Tests.Contract;

/// <summary>
/// Every facade method called once against Prism serving spec/ with request validation on: a request that does not
/// match the spec gets a 422 from Prism, which surfaces as a MillisValidationException and fails the test.
/// </summary>
[TestFixture]
[Category("Contract")]
[NonParallelizable]
public class ContractTests
{
    private const string Phone = "+15551234567";
    private PrismProcess _prism = null!;
    private MillisClient _client = null!;

    public static IEnumerable<TestCaseData> Calls()
    {
        static TestCaseData Call(string name, Func<MillisClient, Task> call) => new TestCaseData(call).SetName("Contract_" + name);

        var config = new AgentConfig { Prompt = "You are a helpful receptionist.", Voice = new Voice { Provider = VoiceProvider.ElevenLabs, VoiceId = "voice-1" } };
        var partial = new PartialAgentConfig { Prompt = "Be brief." };

        yield return Call("AgentsList", c => c.Agents.ListAsync());
        yield return Call("AgentsGet", c => c.Agents.GetAsync("agent-1"));
        yield return Call("AgentsCreate", c => c.Agents.CreateAsync("Receptionist", config));
        yield return Call("AgentsUpdate", c => c.Agents.UpdateAsync("agent-1", "Receptionist", partial));
        yield return Call("AgentsDelete", c => c.Agents.DeleteAsync("agent-1"));
        yield return Call("AgentsDuplicate", c => c.Agents.DuplicateAsync("agent-1"));
        yield return Call("AgentsSetEmbedConfig", c => c.Agents.SetEmbedConfigAsync("agent-1", new EmbedConfig { Size = 64, Transcript = true }));
        yield return Call("AgentsGetCallHistories", c => c.Agents.GetCallHistoriesAsync("agent-1", limit: 5));

        yield return Call("PhonesList", c => c.Phones.ListAsync());
        yield return Call("PhonesGet", c => c.Phones.GetAsync(Phone));
        yield return Call("PhonesDelete", c => c.Phones.DeleteAsync(Phone));
        yield return Call("PhonesImport", c => c.Phones.ImportAsync(new ImportTwilioRequest { Country = "US", Phone = Phone, Region = "us-west", ApiKey = "SK1", ApiSecret = "secret", AccountSid = "AC1" }));
        yield return Call("PhonesPurchase", c => c.Phones.PurchaseAsync(new PurchasePhoneNumberRequest { Country = "US", AreaCode = "415" }));
        yield return Call("PhonesSetAgent", c => c.Phones.SetAgentAsync(Phone, "agent-1"));
        yield return Call("PhonesSetAgentConfigOverride", c => c.Phones.SetAgentConfigOverrideAsync(Phone, partial));
        yield return Call("PhonesUpdateTags", c => c.Phones.UpdateTagsAsync(Phone, ["sales", "east"]));

        yield return Call("CampaignsCreate", c => c.Campaigns.CreateAsync("Spring outreach"));
        yield return Call("CampaignsList", c => c.Campaigns.ListAsync());
        yield return Call("CampaignsGet", c => c.Campaigns.GetAsync("campaign-1"));
        yield return Call("CampaignsDelete", c => c.Campaigns.DeleteAsync("campaign-1"));
        yield return Call("CampaignsGetInfo", c => c.Campaigns.GetInfoAsync("campaign-1"));
        yield return Call("CampaignsEditInfo", c => c.Campaigns.EditInfoAsync("campaign-1", new CampaignEditRequest { Name = "Renamed" }));
        yield return Call("CampaignsUploadRecords", c => c.Campaigns.UploadRecordsAsync("campaign-1", [new CampaignRecordCreate { Phone = Phone, Metadata = new Dictionary<string, object> { ["name"] = "Ada" } }]));
        yield return Call("CampaignsDeleteRecord", c => c.Campaigns.DeleteRecordAsync("campaign-1", Phone));
        yield return Call("CampaignsSetCaller", c => c.Campaigns.SetCallerAsync("campaign-1", Phone));
        yield return Call("CampaignsStart", c => c.Campaigns.StartAsync("campaign-1"));
        yield return Call("CampaignsStop", c => c.Campaigns.StopAsync("campaign-1"));

        yield return Call("CallLogsList", c => c.CallLogs.ListAsync(new Millis.CallLogs.CallLogFilter { Limit = 10, AgentId = "agent-1", From = DateTimeOffset.UnixEpoch.AddDays(1) }));
        yield return Call("CallLogsGet", c => c.CallLogs.GetAsync("session-1"));
        yield return Call("CallLogsDeleteRecording", c => c.CallLogs.DeleteRecordingAsync("session-1"));

        yield return Call("KnowledgeCreateFile", c => c.Knowledge.CreateFileAsync(new CreateFileRequest { ObjectKey = "u/1_faq.txt", Name = "faq.txt", Description = "FAQ", FileType = "text/plain", Size = 120 }));
        yield return Call("KnowledgeDeleteFile", c => c.Knowledge.DeleteFileAsync("file-1"));
        yield return Call("KnowledgeGeneratePresignedUrl", c => c.Knowledge.GeneratePresignedUrlAsync("faq.txt"));
        yield return Call("KnowledgeListFiles", c => c.Knowledge.ListFilesAsync());
        yield return Call("KnowledgeSetAgentFiles", c => c.Knowledge.SetAgentFilesAsync("agent-1", ["file-1"], ["One moment, let me check."]));

        yield return Call("CallsStartOutbound", c => c.Calls.StartOutboundAsync(new StartOutboundCallData { FromPhone = Phone, ToPhone = "+15557654321" }));
        yield return Call("CallsRegister", c => c.Calls.RegisterAsync(new InitAgent { AgentId = "agent-1" }));
        yield return Call("CallsRegisterSip", c => c.Calls.RegisterSipAsync(new InitAgent { AgentId = "agent-1" }));
        yield return Call("CallsTerminateSession", c => c.Calls.TerminateSessionAsync("session-1", "Goodbye"));
        yield return Call("CallsSetPhoneAgent", c => c.Calls.SetPhoneAgentAsync(Phone, "agent-1"));
        yield return Call("CallsCreateSip", c => c.Calls.CreateSipAsync(new CreateSipRequest { InitAgent = new InitAgent { AgentId = "agent-1" } }));
        yield return Call("CallsDeleteSip", c => c.Calls.DeleteSipAsync("call-1"));
        yield return Call("CallsCreateWebRtcOffer", c => c.Calls.CreateWebRtcOfferAsync("agent-1", new WebRTCOffer { Sdp = "v=0", Type = "offer" }));

        yield return Call("VoicesList", c => c.Voices.ListAsync());
        yield return Call("VoicesListCustom", c => c.Voices.ListCustomAsync("en"));
        yield return Call("UserGetInfo", c => c.User.GetInfoAsync());
        yield return Call("ChatOpenStream", async c =>
        {
            var request = new ChatCompletionData { Agent = new AgentCallData { AgentId = "agent-1" }, Messages = [ChatMessage.CreateUser("Hi")] };
            using var stream = await c.Chat.OpenStreamAsync(request);
            using var reader = new StreamReader(stream);
            Assert.That(await reader.ReadToEndAsync(), Does.Contain("data:"));
        });
    }

    [OneTimeSetUp]
    public async Task StartPrism()
    {
        _prism = await PrismProcess.StartMockAsync(RepoFiles.Root);
        _client = new MillisClient(new MillisClientOptions { ApiKey = "contract-test-key", BaseUrl = _prism.BaseUrl, MaxRetries = 0 });
    }

    [OneTimeTearDown]
    public async Task StopPrism()
    {
        _client?.Dispose();
        if (_prism is not null)
        {
            await _prism.DisposeAsync();
        }
    }

    [TestCaseSource(nameof(Calls))]
    public async Task RequestIsAcceptedBySpecValidatingMock(Func<MillisClient, Task> call)
    {
        try
        {
            await call(_client);
        }
        catch (MillisApiException ex)
        {
            Assert.Fail($"Prism rejected the request: {ex.Message}\n{_prism.Output.Split('\n').LastOrDefault(l => l.Contains("Violation", StringComparison.OrdinalIgnoreCase))}");
        }
    }

    [Test]
    public void CoversEveryOperationOfTheSpec()
    {
        Assert.That(Calls().Count(), Is.EqualTo(47));
    }
}
