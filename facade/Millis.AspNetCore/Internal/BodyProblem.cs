using Microsoft.AspNetCore.Http;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// Carries a body that could not be read from parameter binding to the endpoint filter that answers it. Binding cannot
/// write a problem response itself (Minimal APIs answer a failed binding with a bare 400), so on Millis endpoints it
/// records the problem and returns a placeholder, and this filter answers 400 with a problem body before the handler.
/// </summary>
internal sealed class BodyProblem
{
    private static readonly object ItemKey = new();

    private BodyProblem(string title, string detail)
    {
        Title = title;
        Detail = detail;
    }

    public string Title { get; }

    public string Detail { get; }

    /// <summary>Endpoint metadata: this endpoint has the filter, so binding may return a placeholder.</summary>
    public static object Marker { get; } = new BodyProblemMarker();

    /// <summary>Records the problem; returns the placeholder on Millis endpoints and null (a bare 400) elsewhere.</summary>
    public static T? Reject<T>(HttpContext context, T placeholder, string title, string detail)
        where T : class
    {
        context.Items[ItemKey] = new BodyProblem(title, detail);
        return context.GetEndpoint()?.Metadata.GetMetadata<BodyProblemMarker>() is null ? null : placeholder;
    }

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Items.TryGetValue(ItemKey, out var value) && value is BodyProblem problem)
        {
            return Results.Problem(title: problem.Title, detail: problem.Detail, statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context).ConfigureAwait(false);
    }

    private sealed class BodyProblemMarker
    {
    }
}
