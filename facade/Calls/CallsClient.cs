using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Calls;

/// <summary>Calls and sessions. Reached through <see cref="MillisClient.Calls"/>.</summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/call-management</remarks>
public class CallsClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly CallManagementRawClient _raw = null!;
    private readonly ConnectivityRawClient _connectivity = null!;
    private readonly PhonesRawClient _phones = null!;

    /// <summary>For mocking.</summary>
    protected CallsClient()
    {
    }

    internal CallsClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new CallManagementRawClient(pipeline.HttpClient);
        _connectivity = new ConnectivityRawClient(pipeline.HttpClient);
        _phones = new PhonesRawClient(pipeline.HttpClient);
    }

    /// <summary>Has the agent bound to <see cref="StartOutboundCallData.FromPhone"/> (or the given agent) call a number (<c>POST /start_outbound_call</c>).</summary>
    /// <remarks>Dials, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>: a call is never placed twice.</remarks>
    /// <exception cref="ArgumentException">A number is missing or not in E.164 form.</exception>
    public virtual Task<CallRegistrationResponse> StartOutboundAsync(StartOutboundCallData request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        PhoneNumbers.RequireE164(request.FromPhone, "request.FromPhone");
        PhoneNumbers.RequireE164(request.ToPhone, "request.ToPhone");
        return _pipeline.ExecuteAsync(MillisOperations.CallsStartOutbound, ct => _raw.StartOutboundCallAsync(request, ct), cancellationToken);
    }

    /// <summary>Registers a call for your own telephony or web client (<c>POST /register_call</c>); returns call and session ids.</summary>
    /// <remarks>Creates a session, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public virtual Task<CallRegistrationResponse> RegisterAsync(InitAgent request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        return _pipeline.ExecuteAsync(MillisOperations.CallsRegister, ct => _raw.RegisterCallAsync(request, ct), cancellationToken);
    }

    /// <summary>Registers a SIP call (<c>POST /register_sip_call</c>); per the SIP guide the JSON has <c>call_id</c> and <c>sip_uri</c> (<c>result.GetString("sip_uri")</c>).</summary>
    /// <remarks>Creates a session, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public virtual Task<MillisResult> RegisterSipAsync(InitAgent request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        return _pipeline.ExecuteUntypedAsync(MillisOperations.CallsRegisterSip, ct => _raw.RegisterSipCallAsync(request, ct), cancellationToken);
    }

    /// <summary>Ends a live session, optionally saying a last message (<c>POST /sessions/{session_id}/terminate</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is blank.</exception>
    public virtual Task<MillisResult> TerminateSessionAsync(string sessionId, string? message = null, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(sessionId, nameof(sessionId), "session id");
        var body = message is null ? null : new SessionTerminateData { Message = message };
        return _pipeline.ExecuteUntypedAsync(MillisOperations.CallsTerminateSession, ct => _raw.TerminateCallSessionAsync(sessionId, body, ct), cancellationToken);
    }

    /// <summary>Binds an agent to a number, or unbinds with null (<c>POST /set_phone_agent</c>; same effect as <c>Phones.SetAgentAsync</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="phone"/> is blank.</exception>
    public virtual Task<MillisResult> SetPhoneAgentAsync(string phone, string? agentId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(phone, nameof(phone), "phone number");
        return _pipeline.ExecuteUntypedAsync(MillisOperations.CallsSetPhoneAgent, ct => _phones.SetPhoneAgentAsync(new SetPhoneAgentData { Phone = phone, AgentId = agentId }, ct), cancellationToken);
    }

    /// <summary>Creates a persistent SIP endpoint for an agent (<c>POST /sip</c>); the JSON carries the SIP address.</summary>
    /// <remarks>Creates something, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentNullException">The request or its agent is null.</exception>
    public virtual Task<MillisResult> CreateSipAsync(CreateSipRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.NotNull(request.InitAgent, "request.InitAgent");
        return _pipeline.ExecuteUntypedAsync(MillisOperations.CallsCreateSip, ct => _connectivity.CreateSipAsync(request, ct), cancellationToken);
    }

    /// <summary>Deletes a SIP endpoint (<c>DELETE /sip/{call_id}</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="callId"/> is blank.</exception>
    public virtual Task<MillisResult> DeleteSipAsync(string callId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(callId, nameof(callId), "call id of the SIP endpoint");
        return _pipeline.ExecuteUntypedAsync(MillisOperations.CallsDeleteSip, ct => _connectivity.DeleteSipAsync(callId, ct), cancellationToken);
    }

    /// <summary>Starts a WebRTC call with an agent: sends your SDP offer, returns the agent's answer (<c>POST /webrtc/offer</c>).</summary>
    /// <remarks>Starts a call, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task<WebRTCAnswer> CreateWebRtcOfferAsync(string agentId, WebRTCOffer offer, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        Guard.NotNull(offer, nameof(offer));
        Guard.NotBlank(offer.Sdp, "offer.Sdp", "SDP of your offer");
        return _pipeline.ExecuteAsync(
            MillisOperations.CallsWebRtcOffer,
            async ct => (await _connectivity.CreateAWebRTCOfferAsync(new MillisWebRTCOfferRequest { AgentId = agentId, Offer = offer }, ct).ConfigureAwait(false)).Answer,
            cancellationToken);
    }
}
