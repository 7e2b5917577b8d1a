using System.Diagnostics;
using System.Reflection;

namespace Millis.Http;

/// <summary>Names and version data shared by tracing and the <c>User-Agent</c> header.</summary>
internal static class MillisDiagnostics
{
    /// <summary>The ActivitySource OpenTelemetry users subscribe to: <c>AddSource("Millis")</c>.</summary>
    public const string ActivitySourceName = "Millis";

    public static readonly string SdkVersion =
        typeof(MillisDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Short sha256 of the spec/millis.openapi.json the code was generated from (set by facade/Millis.csproj).</summary>
    public static readonly string SpecHash =
        typeof(MillisDiagnostics).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "MillisSpecSha256")?.Value is { Length: >= 12 } hash
            ? hash.Substring(0, 12)
            : "unknown";

    public static readonly ActivitySource Source = new(ActivitySourceName, SdkVersion);

    public static string UserAgent(string? applicationId) =>
        (applicationId is null ? "" : applicationId + " ") + $"millis-dotnet/{SdkVersion} (spec {SpecHash}; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.Replace(' ', '-')})";

    public static Activity? StartActivity(MillisOperation operation)
    {
        var activity = Source.StartActivity("Millis " + operation.Name, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", operation.Method);
            activity.SetTag("url.template", operation.Path);
            activity.SetTag("millis.operation", operation.Name);
        }

        return activity;
    }

    public static void Fail(Activity? activity, int? statusCode, string errorType)
    {
        if (activity is null)
        {
            return;
        }

        if (statusCode is { } status)
        {
            activity.SetTag("http.response.status_code", status);
        }

        activity.SetTag("error.type", errorType);
        activity.SetStatus(ActivityStatusCode.Error);
    }
}
