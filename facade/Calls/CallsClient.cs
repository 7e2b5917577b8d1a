using Millis.Models;

namespace Millis.Calls;

// Conveniences over the generated plumbing (generated/Millis.Resources.g.cs holds the rest of this class).
public partial class CallsClient
{
    /// <summary>Has the agent bound to <see cref="StartOutboundCallData.FromPhone"/> (or the given agent) call a number (<c>POST /start_outbound_call</c>).</summary>
    /// <remarks>Dials, so it is never repeated once the request may have reached the server: retried only when it was provably not sent, or on 429/503 with <c>Retry-After</c>. A call is never placed twice.</remarks>
    /// <param name="request">The numbers and the agent.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException">A number is missing or not in E.164 form.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task<CallRegistrationResponse> StartOutboundAsync(StartOutboundCallData request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        PhoneNumbers.RequireE164(request.FromPhone, "request.FromPhone");
        PhoneNumbers.RequireE164(request.ToPhone, "request.ToPhone");
        RequestValidation.Check(request, nameof(request));
        return StartOutboundCoreAsync(request: request, cancellationToken: cancellationToken);
    }

    /// <summary>Ends a live session, optionally saying a last message (<c>POST /sessions/{session_id}/terminate</c>). Retried on transient failures.</summary>
    /// <param name="sessionId">The session id of the call.</param>
    /// <param name="message">What the agent says before hanging up; nothing when null.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException"><paramref name="sessionId"/> is not a usable id.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task<MillisResult> TerminateSessionAsync(string sessionId, string? message = null, CancellationToken cancellationToken = default)
    {
        PathSegment.Check(sessionId, nameof(sessionId));
        var body = message is null ? null : new SessionTerminateData { Message = message };
        return TerminateSessionCoreAsync(sessionId: sessionId, request: body, cancellationToken: cancellationToken);
    }

    /// <summary>Starts a WebRTC call with an agent: sends your SDP offer, returns the agent's answer (<c>POST /webrtc/offer</c>).</summary>
    /// <remarks>Starts a call, so it is never repeated once the request may have reached the server: retried only when it was provably not sent, or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <param name="agentId">The agent to talk to.</param>
    /// <param name="offer">Your SDP offer.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual async Task<WebRTCAnswer> CreateWebRtcOfferAsync(string agentId, WebRTCOffer offer, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        Guard.NotNull(offer, nameof(offer));
        Guard.NotBlank(offer.Sdp, "offer.Sdp", "SDP of your offer");
        var response = await WebRtcOfferCoreAsync(request: new MillisWebRTCOfferRequest { AgentId = agentId, Offer = offer }, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.Answer;
    }
}
