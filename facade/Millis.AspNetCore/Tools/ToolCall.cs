using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// The one parameter of a tool endpoint's Minimal API delegate. Its <c>BindAsync</c> binds the arguments the Millis way
/// (<see cref="ToolArgumentBinder"/>); it never fails, so a bad call reaches the delegate and is answered with a problem body.
/// </summary>
/// <typeparam name="TArgs">The tool's argument type.</typeparam>
internal sealed partial class ToolCall<TArgs>
{
    private ToolCall(ToolBindingResult binding) => Binding = binding;

    public ToolBindingResult Binding { get; }

    public static async ValueTask<ToolCall<TArgs>?> BindAsync(HttpContext context)
    {
        var tool = context.GetEndpoint()?.Metadata.GetMetadata<MillisToolDefinition>()
            ?? throw new InvalidOperationException("A Millis tool endpoint has no tool definition in its metadata.");
        var binding = await ToolArgumentBinder.BindAsync(context, tool).ConfigureAwait(false);
        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("Millis.AspNetCore.Tools");
        if (logger is not null)
        {
            if (binding.Problem is { } problem)
            {
                LogRefused(logger, tool.Name, problem.Title);
            }
            else if (binding.Context is { UnboundFields.Count: > 0 } ctx)
            {
                LogUnbound(logger, tool.Name, string.Join(", ", ctx.UnboundFields));
            }
        }

        return new ToolCall<TArgs>(binding);
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Millis tool {Tool}: the call was refused with 400: {Reason}")]
    private static partial void LogRefused(ILogger logger, string tool, string reason);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Millis tool {Tool}: fields that match no argument were ignored: {Fields}")]
    private static partial void LogUnbound(ILogger logger, string tool, string fields);
}
