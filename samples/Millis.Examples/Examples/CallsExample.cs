// Task: place an outbound call and learn how it ended. Start the call from one of your numbers, then poll the call log
// of its session until the status is final (completed, no answer, busy, voicemail, ...). Also: page through call logs.
using Millis.CallLogs;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class CallsExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var client = ctx.Client;
        var ct = ctx.CancellationToken;

        CallRegistrationResponse call = await client.Calls.StartOutboundAsync(new StartOutboundCallData
        {
            FromPhone = "+15551234567",            // a number on your account with an agent attached
            ToPhone = "+15557654321",
            Metadata = new Dictionary<string, object> { ["customer_id"] = "C-42" },
            IncludeMetadataInPrompt = true,
        }, ct);
        ctx.Say($"call started: session {call.SessionId}, call {call.CallId}");

        // The real API needs minutes; the mock always answers "registered", so the example gives up quickly there.
        var (interval, maxWait) = ctx.IsMock ? (TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)) : (TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(15));
        CallLog? outcome = await WaitForOutcomeAsync(client, call.SessionId!, interval, maxWait, ct);
        ctx.Say(outcome is null
            ? $"no final status within {maxWait.TotalSeconds:0.#} s (the mock never finishes a call)"
            : $"ended: {outcome.CallStatus}, {outcome.Duration:0} s, {outcome.FunctionCalls?.Count ?? 0} tool call(s)");

        // Call logs are paged by cursor. ListAllAsync walks every page lazily; stop whenever you have enough.
        var filter = new CallLogFilter { From = DateTimeOffset.UtcNow.AddDays(-7), Status = CallStatus.Completed, Limit = 50 };
        var shown = 0;
        await foreach (CallLog log in client.CallLogs.ListAllAsync(filter, cancellationToken: ct))
        {
            ctx.Say($"log {log.SessionId} at {log.Timestamp:u}: {log.CallStatus}");
            if (++shown == 3)
            {
                break;
            }
        }

        // One page at a time, e.g. to resume later from page.Next (a cursor you can store as text: ToString / Parse).
        CallLogPage page = await client.CallLogs.ListAsync(new CallLogFilter { Limit = 10 }, cancellationToken: ct);
        ctx.Say($"first page: {page.Items.Count} log(s), next cursor {page.Next?.ToString() ?? "none"}");
    }

    /// <summary>Polls the session's call log until its status is final; null when <paramref name="maxWait"/> passes first.</summary>
    public static async Task<CallLog?> WaitForOutcomeAsync(MillisClient client, string sessionId, TimeSpan interval, TimeSpan maxWait, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + maxWait;
        while (true)
        {
            try
            {
                var log = await client.CallLogs.GetAsync(sessionId, ct);
                if (log.CallStatus is { } status && IsFinal(status))
                {
                    return log;
                }
            }
            catch (MillisNotFoundException)
            {
                // The log may appear only once the call is under way.
            }

            if (DateTimeOffset.UtcNow + interval > deadline)
            {
                return null;
            }

            await Task.Delay(interval, ct);
        }
    }

    private static readonly CallStatus[] Final =
    [
        CallStatus.Completed, CallStatus.UserEnded, CallStatus.AgentEnded, CallStatus.ApiEnded, CallStatus.Busy,
        CallStatus.NoAnswer, CallStatus.Failed, CallStatus.Error, CallStatus.Canceled, CallStatus.Timeout,
        CallStatus.VoicemailHangup, CallStatus.VoicemailMessage,
    ];

    private static bool IsFinal(CallStatus status) => Final.Contains(status);
}
