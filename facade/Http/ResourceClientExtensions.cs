using Millis.Generated;
using Millis.Models;
using Newtonsoft.Json.Linq;

namespace Millis.Http;

/// <summary>Calls shared by the resource clients on top of <see cref="MillisPipeline.ExecuteAsync{T}"/>.</summary>
internal static class ResourceClientExtensions
{
    /// <summary>Runs an operation whose spec response is <c>GenericResponse {success}</c>.</summary>
    /// <remarks>
    /// Some clients in the wild see a bare <c>"ok"</c> where the spec says <c>{"success": true}</c>; both count as
    /// success. <c>{"success": false}</c> on a 200 is reported as a <see cref="MillisApiException"/>, never ignored.
    /// </remarks>
    public static Task ExecuteGenericAsync(this MillisPipeline pipeline, MillisOperation operation, Func<CancellationToken, Task<GenericResponse>> call, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            operation,
            async ct =>
            {
                GenericResponse response;
                try
                {
                    response = await call(ct).ConfigureAwait(false);
                }
                catch (MillisRawApiException ex) when (ex.StatusCode is >= 200 and < 300 && IsPlainSuccess(ex.Response))
                {
                    return true;
                }

                if (!response.Success)
                {
                    throw new MillisApiException(new MillisErrorDetails(200, operation.Method, operation.Path, "the server answered {\"success\": false}", bodyExcerpt: "{\"success\":false}"));
                }

                return true;
            },
            cancellationToken);

    /// <summary>Runs an operation whose spec response is untyped (<c>{}</c>).</summary>
    /// <remarks>The schema <c>{}</c> allows any JSON, including <c>null</c> (what a FastAPI handler returning <c>None</c> sends);
    /// the generated client rejects a null body, so a 2xx with a <c>null</c> or empty body becomes a null result here.</remarks>
    public static Task<MillisResult> ExecuteUntypedAsync(this MillisPipeline pipeline, MillisOperation operation, Func<CancellationToken, Task<object>> call, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(
            operation,
            async ct =>
            {
                try
                {
                    return new MillisResult(await call(ct).ConfigureAwait(false));
                }
                catch (MillisRawApiException ex) when (ex.StatusCode is >= 200 and < 300 && IsNullBody(ex.Response))
                {
                    return new MillisResult(null);
                }
            },
            cancellationToken);

    /// <summary>Runs an operation returning a list, exposed read-only.</summary>
    public static Task<IReadOnlyList<T>> ExecuteListAsync<T>(this MillisPipeline pipeline, MillisOperation operation, Func<CancellationToken, Task<IList<T>>> call, CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(operation, async ct => Guard.AsReadOnly(await call(ct).ConfigureAwait(false)), cancellationToken);

    private static bool IsNullBody(string? body) =>
        string.IsNullOrWhiteSpace(body) || string.Equals(body!.Trim(), "null", StringComparison.Ordinal);

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
