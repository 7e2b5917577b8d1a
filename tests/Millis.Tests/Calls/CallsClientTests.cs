using Millis.Models;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Calls;

public class CallsClientTests
{
    private const string Registration = """{"call_id":"call-1","session_id":"s-1"}""";

    [Test]
    public async Task StartOutboundAsync_PostsTheNumbers_AndReturnsCallAndSessionIds()
    {
        using var api = new ApiStub().RespondJson(Registration);

        var call = await api.Client.Calls.StartOutboundAsync(new StartOutboundCallData
        {
            FromPhone = "+15550000000", ToPhone = "+15551234567", Metadata = new Dictionary<string, object> { ["order"] = 42 },
        });

        api.Single.AssertShape("POST", "/start_outbound_call", """{"from_phone":"+15550000000","to_phone":"+15551234567","metadata":{"order":42}}""");
        Assert.That((call.CallId, call.SessionId), Is.EqualTo(("call-1", "s-1")));
    }

    [Test]
    public void StartOutboundAsync_RejectsANonE164NumberBeforeSending()
    {
        using var api = new ApiStub();

        var ex = Assert.ThrowsAsync<ArgumentException>(() => api.Client.Calls.StartOutboundAsync(new StartOutboundCallData { FromPhone = "+15550000000", ToPhone = "555-1234" }));

        Assert.That(ex!.ParamName, Is.EqualTo("request.ToPhone"));
        Assert.That(api.Requests, Is.Empty);
    }

    [Test]
    public async Task RegisterAsync_PostsTheAgent_AndReturnsCallAndSessionIds()
    {
        using var api = new ApiStub().RespondJson(Registration);

        var call = await api.Client.Calls.RegisterAsync(new InitAgent { AgentId = "agent-1", IncludeMetadataInPrompt = false });

        api.Single.AssertShape("POST", "/register_call", """{"agent_id":"agent-1","include_metadata_in_prompt":false}""");
        Assert.That(call.SessionId, Is.EqualTo("s-1"));
    }

    [Test]
    public async Task RegisterSipAsync_PostsTheAgent_AndReturnsTheSipUri()
    {
        using var api = new ApiStub().RespondJson("""{"call_id":"call-1","sip_uri":"sip:call-1@sip.test"}""");

        var result = await api.Client.Calls.RegisterSipAsync(new InitAgent { AgentId = "agent-1" });

        api.Single.AssertShape("POST", "/register_sip_call", """{"agent_id":"agent-1"}""");
        Assert.That(result.GetString("sip_uri"), Is.EqualTo("sip:call-1@sip.test"));
    }

    [Test]
    public async Task TerminateSessionAsync_PostsTheLastMessage()
    {
        using var api = new ApiStub().RespondJson("{}");

        await api.Client.Calls.TerminateSessionAsync("s-1", "Goodbye");

        api.Single.AssertShape("POST", "/sessions/s-1/terminate", """{"message":"Goodbye"}""");
    }

    [Test]
    public async Task TerminateSessionAsync_WithoutMessage_SendsAJsonNullBody()
    {
        using var api = new ApiStub().RespondJson("{}");

        await api.Client.Calls.TerminateSessionAsync("s-1");

        api.Single.AssertShape("POST", "/sessions/s-1/terminate", "null");
    }

    [Test]
    public async Task SetPhoneAgentAsync_PostsPhoneAndAgent_AndReturnsTheBody()
    {
        using var api = new ApiStub().RespondJson("\"ok\"");

        var result = await api.Client.Calls.SetPhoneAgentAsync("+15551234567", "agent-1");

        api.Single.AssertShape("POST", "/set_phone_agent", """{"phone":"+15551234567","agent_id":"agent-1"}""");
        Assert.That(result.AsString(), Is.EqualTo("ok"));
    }

    [Test]
    public async Task CreateSipAsync_PostsInitAgentAndRegion_AndReturnsTheJson()
    {
        using var api = new ApiStub().RespondJson("""{"sip":"sip:agent-1@sip.test"}""");

        var result = await api.Client.Calls.CreateSipAsync(new CreateSipRequest { InitAgent = new InitAgent { AgentId = "agent-1" }, Region = "eu-west" });

        api.Single.AssertShape("POST", "/sip", """{"init_agent":{"agent_id":"agent-1"},"region":"eu-west"}""");
        Assert.That(result.GetString("sip"), Is.EqualTo("sip:agent-1@sip.test"));
    }

    [Test]
    public async Task DeleteSipAsync_DeletesTheEndpoint()
    {
        using var api = new ApiStub().RespondJson("{}");

        var result = await api.Client.Calls.DeleteSipAsync("call-1");

        api.Single.AssertShape("DELETE", "/sip/call-1");
        Assert.That(result.IsObject, Is.True);
    }

    [Test]
    public async Task CreateWebRtcOfferAsync_PostsOfferAndAgent_AndReturnsTheAnswer()
    {
        using var api = new ApiStub().RespondJson("""{"answer":{"sdp":"v=0 answer","type":"answer"}}""");

        var answer = await api.Client.Calls.CreateWebRtcOfferAsync("agent-1", new WebRTCOffer { Sdp = "v=0 offer", Type = "offer" });

        api.Single.AssertShape("POST", "/webrtc/offer", """{"offer":{"sdp":"v=0 offer","type":"offer"},"agent_id":"agent-1"}""");
        Assert.That((answer.Sdp, answer.Type), Is.EqualTo(("v=0 answer", "answer")));
    }
}

public class CallsClientUntypedResponseTests
{
    [TestCase("null")]
    [TestCase("")]
    public async Task TerminateSessionAsync_AcceptsANullOrEmptyBody_AsTheSpecAllowsAnyJson(string body)
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Json(body));

        var result = await api.Client.Calls.TerminateSessionAsync("s-1");

        Assert.That((result.IsObject, result.Json), Is.EqualTo((false, "null")));
    }

    [Test]
    public async Task DeleteSipAsync_AcceptsAJsonNullBody()
    {
        using var api = new ApiStub().RespondWith(_ => ApiStub.Json("null"));

        var result = await api.Client.Calls.DeleteSipAsync("call-1");

        Assert.That(result.GetString("anything"), Is.Null);
    }
}
