// Task: trace Millis calls with OpenTelemetry. The SDK starts one Activity per operation on the ActivitySource named
// "Millis" (kind Client, tags http.request.method, url.template, millis.operation, http.response.status_code,
// error.type, http.request.resend_count). AddSource("Millis") is all an OpenTelemetry set-up needs; this example exports
// to the console and to memory. No exporter at hand? An ActivityListener on "Millis" sees the same spans.
using System.Diagnostics;
using Millis.Examples.Support;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Millis.Examples.Examples;

internal static class TracingExample
{
    public static async Task RunAsync(ExampleContext ctx)
    {
        var exported = new List<Activity>();
        using (var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateDefault().AddService("millis-examples"))
            .AddSource("Millis")
            .AddSource("MyApp")
            .AddConsoleExporter()
            .AddInMemoryExporter(exported)
            .Build())
        {
            using var parent = new ActivitySource("MyApp").StartActivity("nightly-report");   // your own span: Millis spans nest under it
            await ctx.Client.Voices.ListAsync("en", ctx.CancellationToken);
            await ctx.Client.CallLogs.ListAsync(cancellationToken: ctx.CancellationToken);

            var failing = ctx.IsMock ? ctx.CreateClient(handler: new MockPreferHandler(404)) : ctx.Client;
            try
            {
                await failing.Agents.GetAsync("agent-that-does-not-exist", ctx.CancellationToken);
            }
            catch (MillisNotFoundException)
            {
                // The span records the status and error.type.
            }

            tracing.ForceFlush();
        }

        var millisSpans = exported.Where(s => s.Source.Name == "Millis").ToList();
        foreach (var span in millisSpans)
        {
            var tags = string.Join(", ", span.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            ctx.Say($"span '{span.DisplayName}' ({span.Kind}, {span.Status}, parent {(span.Parent is null ? "none" : span.Parent.DisplayName)}): {tags}");
        }

        if (millisSpans.Count != 3 || millisSpans.Any(s => s.Parent?.DisplayName != "nightly-report"))
        {
            throw new InvalidOperationException($"expected one span per operation under nightly-report, got {millisSpans.Count}");
        }

        // The same without OpenTelemetry:
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Millis",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => ctx.Say($"listener saw '{activity.DisplayName}' in {activity.Duration.TotalMilliseconds:0} ms"),
        };
        ActivitySource.AddActivityListener(listener);
        await ctx.Client.User.GetInfoAsync(ctx.CancellationToken);
    }
}
