// Task: handle what can go wrong. A config the builder refuses before sending; a request the SDK refuses; an id that
// does not exist (404); a request the API rejects field by field (422); and what every MillisApiException carries.
using Millis.Agents;
using Millis.CallLogs;
using Millis.Examples.Support;
using Millis.Models;

namespace Millis.Examples.Examples;

internal static class ErrorsExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var ct = ctx.CancellationToken;

        // 1. Before anything is sent: the builder lists every problem at once.
        try
        {
            new AgentConfigBuilder().WithVadThreshold(7).Build();   // no prompt, no voice, threshold out of range
            throw new InvalidOperationException("expected AgentConfigValidationException");
        }
        catch (AgentConfigValidationException ex)
        {
            foreach (AgentConfigProblem problem in ex.Problems)
            {
                ctx.Say($"config problem at {problem.Path}: {problem.Message}");
            }
        }

        // 2. Arguments the SDK checks itself (ArgumentException; RequestValidationException for a request body).
        try
        {
            await ctx.Client.CallLogs.ListAsync(new CallLogFilter { Limit = CallLogFilter.MaxLimit + 1 }, cancellationToken: ct);
            throw new InvalidOperationException("expected ArgumentException");
        }
        catch (ArgumentException ex)
        {
            ctx.Say($"refused before sending: {ex.GetType().Name}: {FirstLine(ex.Message)}");
        }

        // 3. Not found. Against the mock, MockPreferHandler asks Prism for the spec's 404 (header "Prefer: code=404").
        var notFoundClient = ctx.IsMock ? ctx.CreateClient(handler: new MockPreferHandler(404)) : ctx.Client;
        try
        {
            await notFoundClient.Agents.GetAsync("agent-that-does-not-exist", ct);
            throw new InvalidOperationException("expected MillisNotFoundException");
        }
        catch (MillisNotFoundException ex)
        {
            ctx.Say($"404: {ex.Method} {ex.Path} -> {ex.StatusCode}, request id {ex.RequestId ?? "none"}");
        }

        // 4. Validation errors (422) come with the location and message of each field. The mock sends the spec's 422 when
        //    asked ("Prefer: code=422"); the real API sends one for a request it refuses, which this example does not make.
        if (ctx.IsMock)
        {
            var invalidClient = ctx.CreateClient(handler: new MockPreferHandler(422));
            try
            {
                await invalidClient.Campaigns.CreateAsync("Spring outreach", ct);
                throw new InvalidOperationException("expected MillisValidationException");
            }
            catch (MillisValidationException ex)
            {
                foreach (MillisValidationError error in ex.ValidationErrors)
                {
                    ctx.Say($"422 at {error.Path}: {error.Message} ({error.Type})");
                }
            }
        }

        // 5. One catch for every answer that is not a success: MillisApiException (the types above derive from it).
        try
        {
            await notFoundClient.Phones.GetAsync("+15550009999", ct);
        }
        catch (MillisApiException ex) when (ex.StatusCode == 404)
        {
            ctx.Say($"MillisApiException {ex.Status}: detail '{ex.Detail ?? "none"}', body starts '{ex.BodyExcerpt ?? ""}'");
        }
        catch (MillisException ex)
        {
            // Also the base of MillisTimeoutException, MillisConnectionException and MillisStreamException (see "retries").
            ctx.Say($"other SDK failure: {ex.Message}");
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0];
}
