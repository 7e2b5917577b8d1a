using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds <c>flow</c>: who speaks first, interruptions, response delays, auto-fill responses, ending the call,
/// voicemail, call transfer, inactivity handling and DTMF. Only the settings called appear in the JSON.
/// </summary>
public sealed class FlowBuilder
{
    internal FlowBuilder()
    {
    }

    internal Flow Model { get; } = new();

    /// <summary>Sets whether the caller speaks first (<c>flow.user_start_first</c>).</summary>
    public FlowBuilder UserStartsFirst(bool value = true)
    {
        Model.UserStartFirst = value;
        return this;
    }

    /// <summary>Lets the caller interrupt the agent (<c>flow.interruption.allowed = true</c>).</summary>
    /// <param name="keepInterruptionMessage">Whether the interrupted message is kept (<c>keep_interruption_message</c>); unset when null.</param>
    /// <param name="duringFirstMessage">Whether the first message can be interrupted (<c>first_messsage</c>); unset when null.</param>
    public FlowBuilder AllowInterruptions(bool? keepInterruptionMessage = null, bool? duringFirstMessage = null) =>
        Interruption(true, keepInterruptionMessage, duringFirstMessage);

    /// <summary>Stops the caller from interrupting the agent (<c>flow.interruption.allowed = false</c>).</summary>
    public FlowBuilder DisallowInterruptions() => Interruption(false);

    /// <summary>Sets the interruption settings given (<c>flow.interruption</c>); null arguments leave a setting unchanged.</summary>
    /// <param name="allowed">Whether interruptions are allowed (<c>allowed</c>).</param>
    /// <param name="keepInterruptionMessage">Whether the interrupted message is kept (<c>keep_interruption_message</c>).</param>
    /// <param name="duringFirstMessage">Whether the first message can be interrupted (wire name <c>first_messsage</c>, three s).</param>
    public FlowBuilder Interruption(bool? allowed = null, bool? keepInterruptionMessage = null, bool? duringFirstMessage = null)
    {
        var interruption = Model.Interruption ??= new Interruption();
        interruption.Allowed = allowed ?? interruption.Allowed;
        interruption.KeepInterruptionMessage = keepInterruptionMessage ?? interruption.KeepInterruptionMessage;
        interruption.FirstMesssage = duringFirstMessage ?? interruption.FirstMesssage;
        return this;
    }

    /// <summary>Waits this many milliseconds before every response (<c>flow.response_delay</c> as an integer).</summary>
    public FlowBuilder ResponseDelay(int milliseconds)
    {
        Model.ResponseDelay = new ResponseDelay(milliseconds);
        return this;
    }

    /// <summary>Sets per-input delays in milliseconds (<c>flow.response_delay</c> as an object); null leaves a delay unset.</summary>
    /// <param name="genericDelayMs">Delay before ordinary responses (<c>generic_delay</c>).</param>
    /// <param name="numberInputDelayMs">Delay while the caller is entering numbers (<c>number_input_delay</c>).</param>
    public FlowBuilder ResponseDelayPerInput(int? genericDelayMs = null, int? numberInputDelayMs = null)
    {
        Model.ResponseDelay = Models.ResponseDelay.PerInput(genericDelayMs, numberInputDelayMs);
        return this;
    }

    /// <summary>Says one of <paramref name="messages"/> when a response takes longer than the threshold (<c>flow.auto_fill_responses</c>).</summary>
    /// <param name="responseGapThresholdMs">The gap in milliseconds before a filler is said (<c>response_gap_threshold</c>).</param>
    /// <param name="messages">The fillers, e.g. "One moment...".</param>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public FlowBuilder AutoFillResponses(int responseGapThresholdMs, params string[] messages)
    {
        Model.AutoFillResponses = new AutoFillResponses
        {
            ResponseGapThreshold = responseGapThresholdMs,
            Messages = Guard.Strings(messages, nameof(messages)),
        };
        return this;
    }

    /// <summary>Lets the agent end the call itself (<c>flow.agent_terminate_call.enabled = true</c>).</summary>
    /// <param name="instruction">When to end the call (<c>instruction</c>); unset when null.</param>
    /// <param name="messages">What the agent may say before hanging up (<c>messages</c>); unset when none.</param>
    public FlowBuilder AllowAgentToEndCall(string? instruction = null, params string[] messages)
    {
        Model.AgentTerminateCall = new AgentTerminateCall
        {
            Enabled = true,
            Instruction = instruction,
            Messages = messages is null || messages.Length == 0 ? null : Guard.Strings(messages, nameof(messages)),
        };
        return this;
    }

    /// <summary>Stops the agent from ending the call itself (<c>flow.agent_terminate_call.enabled = false</c>).</summary>
    public FlowBuilder DisallowAgentToEndCall()
    {
        Model.AgentTerminateCall = new AgentTerminateCall { Enabled = false };
        return this;
    }

    /// <summary>Hangs up when a voicemail is detected (<c>flow.voicemail.action = "hangup"</c>).</summary>
    /// <param name="continueOnVoiceActivity">Whether to continue if a person speaks (<c>continue_on_voice_activity</c>); unset when null.</param>
    public FlowBuilder OnVoicemailHangUp(bool? continueOnVoiceActivity = null) =>
        Voicemail(VoicemailAction.Hangup, null, continueOnVoiceActivity);

    /// <summary>Leaves <paramref name="message"/> when a voicemail is detected (<c>flow.voicemail.action = "message"</c>).</summary>
    /// <param name="message">The message to leave.</param>
    /// <param name="continueOnVoiceActivity">Whether to continue if a person speaks (<c>continue_on_voice_activity</c>); unset when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public FlowBuilder OnVoicemailLeaveMessage(string message, bool? continueOnVoiceActivity = null) =>
        Voicemail(VoicemailAction.Message, message ?? throw new ArgumentNullException(nameof(message)), continueOnVoiceActivity);

    /// <summary>Sets voicemail handling with any action, including ones this SDK version does not know (<c>flow.voicemail</c>).</summary>
    /// <param name="action">What to do, e.g. <see cref="VoicemailAction.Message"/> or a raw string.</param>
    /// <param name="message">The message to leave; required when the action is <c>message</c>.</param>
    /// <param name="continueOnVoiceActivity">Whether to continue if a person speaks; unset when null.</param>
    public FlowBuilder Voicemail(VoicemailAction action, string? message = null, bool? continueOnVoiceActivity = null)
    {
        Model.Voicemail = new Voicemail { Action = action, Message = message, ContinueOnVoiceActivity = continueOnVoiceActivity };
        return this;
    }

    /// <summary>Adds a number the agent can transfer the call to (<c>flow.call_transfer.phones[]</c>).</summary>
    /// <param name="phone">An E.164 number, e.g. <c>+15551234567</c>.</param>
    /// <param name="description">When the agent should transfer to this number, e.g. "sales"; unset when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    public FlowBuilder TransferTo(string phone, string? description = null)
    {
        var transfer = Transfer();
        (transfer.Phones ??= new List<TransferOption>()).Add(new TransferOption
        {
            Phone = phone ?? throw new ArgumentNullException(nameof(phone)),
            Description = description,
        });
        return this;
    }

    /// <summary>Sets the single transfer number (<c>flow.call_transfer.phone</c>); prefer <see cref="TransferTo"/> for several numbers.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="phone"/> is null.</exception>
    public FlowBuilder TransferToNumber(string phone)
    {
        Transfer().Phone = phone ?? throw new ArgumentNullException(nameof(phone));
        return this;
    }

    /// <summary>Tells the agent how to handle transfers (<c>flow.call_transfer.instruction</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="instruction"/> is null.</exception>
    public FlowBuilder TransferInstruction(string instruction)
    {
        Transfer().Instruction = instruction ?? throw new ArgumentNullException(nameof(instruction));
        return this;
    }

    /// <summary>Sets what the agent says before transferring (<c>flow.call_transfer.messages</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public FlowBuilder TransferMessages(params string[] messages)
    {
        Transfer().Messages = Guard.Strings(messages, nameof(messages));
        return this;
    }

    /// <summary>Prompts the caller after <paramref name="idleTimeSeconds"/> of silence (<c>flow.inactivity_handling</c>).</summary>
    /// <param name="idleTimeSeconds">Seconds of silence before the prompt (<c>idle_time</c>); must be positive.</param>
    /// <param name="message">What the agent says (<c>message</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public FlowBuilder OnInactivity(double idleTimeSeconds, string message)
    {
        Model.InactivityHandling = new InactivityHandling
        {
            IdleTime = idleTimeSeconds,
            Message = message ?? throw new ArgumentNullException(nameof(message)),
        };
        return this;
    }

    /// <summary>Lets the agent send DTMF tones (<c>flow.dtmf_dial</c>).</summary>
    /// <param name="enabled">Whether DTMF dialing is enabled (<c>enabled</c>).</param>
    /// <param name="instruction">When to send tones (<c>instruction</c>); unset when null.</param>
    public FlowBuilder DtmfDial(bool enabled = true, string? instruction = null)
    {
        Model.DtmfDial = new DTMFDial { Enabled = enabled, Instruction = instruction };
        return this;
    }

    private CallTransfer Transfer() => Model.CallTransfer ??= new CallTransfer();
}
