using Millis.Generated;
using Millis.Models;
using Newtonsoft.Json.Linq;

namespace Millis.Http;

/// <summary>How the generated Core methods run an operation, by the shape of its response (chosen by build/Millis.Codegen).</summary>
internal static class ResourceClientExtensions
{
    /// <summary>Runs an operation whose spec response is <c>GenericResponse {success}</c>.</summary>
    /// <remarks>
    /// Some clients in the wild see a bare <c>"ok"</c> where the spec says <c>{"success": true}</c>; both count as
    /// success, as does an empty 2xx. <c>{"success": false}</c> on a 200 is reported as a <see cref="MillisApiException"/>, never ignored.
    /// </remarks>
    public static Task ExecuteGenericAsync(this MillisPipeline pipeline, MillisOperation operation, Func<MillisCall, CancellationToken, Task<GenericResponse>> call, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            operation,
            async (attempt, ct) =>
            {
                GenericResponse response;
                try
                {
                    // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
                    response = await call(attempt, ct).ConfigureAwait(false);
                }
                catch (MillisRawApiException ex) when (ex.StatusCode is >= 200 and < 300 && IsPlainSuccess(ex.Response))
                {
                    // Stryker disable once Boolean : ExecuteGenericAsync returns the call as a plain Task, so the lambda's bool (there only to give ExecuteAsync a result type) is never read
                    return true;
                }

                if (response.IsSet(nameof(GenericResponse.Success)) && !response.Success)
                {
                    throw new MillisApiException(new MillisErrorDetails(attempt.StatusCode ?? 200, operation.Method, operation.Path, "the server answered {\"success\": false}", bodyExcerpt: "{\"success\":false}"));
                }

                // Stryker disable once Boolean : ExecuteGenericAsync returns the call as a plain Task, so the lambda's bool (there only to give ExecuteAsync a result type) is never read
                return true;
            },
            cancellationToken);

    /// <summary>Runs an operation whose spec response is untyped (<c>{}</c>): any JSON, or text.</summary>
    public static Task<MillisResult> ExecuteUntypedAsync(this MillisPipeline pipeline, MillisOperation operation, Func<MillisCall, CancellationToken, Task<object?>> call, CancellationToken cancellationToken) =>
        // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
        pipeline.ExecuteAsync(operation, async (attempt, ct) => new MillisResult(await call(attempt, ct).ConfigureAwait(false)), cancellationToken);

    /// <summary>Runs an operation returning a list, exposed read-only.</summary>
    public static Task<IReadOnlyList<T>> ExecuteListAsync<T>(this MillisPipeline pipeline, MillisOperation operation, Func<MillisCall, CancellationToken, Task<IList<T>>> call, CancellationToken cancellationToken) =>
        // Stryker disable once Boolean : ConfigureAwait(true) differs only under a SynchronizationContext, which the SDK never relies on (it always passes false); no test can tell them apart
        pipeline.ExecuteAsync(operation, async (attempt, ct) => Guard.AsReadOnly(await call(attempt, ct).ConfigureAwait(false)), cancellationToken);

    private static bool IsPlainSuccess(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return true;
        }

        try
        {
            var token = JToken.Parse(body!);
            return token.Type == JTokenType.Null
                || (token.Type == JTokenType.String && string.Equals((string?)token, "ok", StringComparison.OrdinalIgnoreCase))
                || (token.Type == JTokenType.Boolean && (bool)token);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return string.Equals(body!.Trim(), "ok", StringComparison.OrdinalIgnoreCase);
        }
    }
}
