using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary>Maps tool (function) webhooks.</summary>
public static class MillisToolEndpointExtensions
{
    private static readonly string[] Methods = { HttpMethods.Get, HttpMethods.Post };

    /// <summary>
    /// Maps a tool webhook at <paramref name="pattern"/> (GET and POST). The arguments bind to <typeparamref name="TArgs"/>
    /// from a JSON body or the query string; the handler may take <typeparamref name="TArgs"/>, a
    /// <see cref="MillisToolContext"/>, <see cref="HttpContext"/>, <see cref="CancellationToken"/> and services. Its
    /// result (sync or awaited) is returned as JSON; null answers <c>{}</c>; an <see cref="IResult"/> is used as is.
    /// A body that is not a JSON object, a missing required argument or a value of the wrong type is answered with 400
    /// and a problem body before the handler runs.
    /// </summary>
    /// <example><code>app.MapMillisTool&lt;LookupOrder&gt;("/millis/tools/lookup_order", (LookupOrder args, MillisToolContext ctx) =&gt; new { status = "shipped" });</code></example>
    /// <exception cref="ArgumentException">A handler parameter can be filled from nowhere, or <typeparamref name="TArgs"/> has a property that is not a string, number or boolean.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteHandlerBuilder MapMillisTool<TArgs>(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        var tool = MillisToolDefinition.Create<TArgs>(NameFromPattern(pattern), "").WithUrl(pattern.StartsWith('/') ? pattern : "/" + pattern);
        return Map<TArgs>(endpoints, pattern, tool, handler);
    }

    /// <summary>
    /// Maps the tool declared by <paramref name="tool"/> at the path of its URL (GET and POST; the path is relative to
    /// <paramref name="endpoints"/>, so map it on the app, not in a route group that would add its prefix again); see
    /// <see cref="MapMillisTool{TArgs}(IEndpointRouteBuilder, string, Delegate)"/> for binding and results. Declare the
    /// same definition to the agent with <c>AddTool(tool, …)</c> on the agent-config builder.
    /// </summary>
    /// <exception cref="InvalidOperationException">The definition has no URL.</exception>
    /// <exception cref="ArgumentException">A handler parameter can be filled from nowhere.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RouteHandlerBuilder MapMillisTool<TArgs>(this IEndpointRouteBuilder endpoints, MillisToolDefinition<TArgs> tool, Delegate handler)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(handler);
        return Map<TArgs>(endpoints, tool.RoutePattern, tool, handler);
    }

    private static RouteHandlerBuilder Map<TArgs>(IEndpointRouteBuilder endpoints, string pattern, MillisToolDefinition tool, Delegate handler)
    {
        var invoker = ToolHandlerInvoker.Create<TArgs>(handler, endpoints.ServiceProvider);
        return endpoints.MapMethods(pattern, Methods, (ToolCall<TArgs> call, HttpContext http) =>
                call.Binding.Problem is { } problem
                    ? Task.FromResult(Results.Problem(title: problem.Title, detail: problem.Detail, statusCode: StatusCodes.Status400BadRequest))
                    : invoker.InvokeAsync(http, call.Binding))
            .WithMetadata(tool);
    }

    private static string NameFromPattern(string pattern)
    {
        var segment = pattern.TrimEnd('/').Split('/').LastOrDefault(s => s.Length > 0) ?? "tool";
        var name = new StringBuilder();
        foreach (var c in segment)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_');
        }

        return name.Length == 0 ? "tool" : name.ToString(0, Math.Min(name.Length, 64));
    }
}
