using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Millis.AspNetCore.Internal;

namespace Millis.AspNetCore;

/// <summary>Maps the custom-LLM WebSocket (<c>custom_llm_websocket</c> in the agent config).</summary>
/// <remarks>
/// Bad input never leaves a connection open or a handler running: a text frame that is not JSON closes with 1007
/// (invalid payload), a binary frame with 1003, a message over <see cref="MillisCustomLlmOptions.MaxMessageBytes"/>
/// with 1009, no <c>start_call</c> within <see cref="MillisCustomLlmOptions.StartCallTimeout"/> with 1008; an unknown
/// message type is logged and ignored. A plain HTTP request (no WebSocket upgrade) gets 400.
/// </remarks>
public static class MillisCustomLlmEndpointExtensions
{
    /// <summary>Maps the WebSocket; each connection gets a new handler from <paramref name="handlerFactory"/> (given the request's services).</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public static IEndpointConventionBuilder MapMillisCustomLlm(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<IServiceProvider, MillisCustomLlmHandler> handlerFactory,
        Action<MillisCustomLlmOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handlerFactory);

        // A copy per endpoint: the app-wide options (Millis:CustomLlm) are the starting point.
        var options = (endpoints.ServiceProvider.GetService<IOptions<MillisCustomLlmOptions>>()?.Value ?? new MillisCustomLlmOptions()).Copy();
        configure?.Invoke(options);
        options.Validate();

        // The WebSocket middleware is part of this endpoint's own pipeline, so the app need not call UseWebSockets.
        var pipeline = endpoints.CreateApplicationBuilder();
        pipeline.UseWebSockets();
        pipeline.Run(context => AcceptAsync(context, options, handlerFactory));
        return endpoints.Map(pattern, pipeline.Build()).WithDisplayName("Millis custom LLM " + pattern);
    }

    /// <summary>Maps the WebSocket; each connection gets a new <typeparamref name="THandler"/> created with its constructor's services from DI.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEndpointConventionBuilder MapMillisCustomLlm<THandler>(this IEndpointRouteBuilder endpoints, string pattern, Action<MillisCustomLlmOptions>? configure = null)
        where THandler : MillisCustomLlmHandler =>
        endpoints.MapMillisCustomLlm(pattern, static services => ActivatorUtilities.CreateInstance<THandler>(services), configure);

    /// <summary>Maps the WebSocket with a delegate that answers each <c>stream_request</c> (no greeting, no other callbacks).</summary>
    /// <example><code>app.MapMillisCustomLlm("/millis/llm", async (request, reply, ct) =&gt; await reply.EndAsync("Hello!", ct));</code></example>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEndpointConventionBuilder MapMillisCustomLlm(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<StreamRequestMessage, MillisStreamResponder, CancellationToken, Task> onStreamRequest,
        Action<MillisCustomLlmOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(onStreamRequest);
        return endpoints.MapMillisCustomLlm(pattern, _ => new DelegateCustomLlmHandler(onStreamRequest), configure);
    }

    /// <summary>
    /// Maps the WebSocket to any <see cref="IChatClient"/>: the transcript becomes chat messages, the streamed reply
    /// becomes <c>stream_response</c> frames flushed at sentence ends (see <see cref="MillisChatClientHandler"/>).
    /// </summary>
    /// <example><code>app.MapMillisCustomLlm("/millis/llm", chatClient, chat =&gt; chat.Instructions = "You are a friendly receptionist.");</code></example>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEndpointConventionBuilder MapMillisCustomLlm(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        IChatClient chatClient,
        Action<MillisChatClientOptions>? configureChat = null,
        Action<MillisCustomLlmOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(chatClient);
        var chatOptions = new MillisChatClientOptions();
        configureChat?.Invoke(chatOptions);
        return endpoints.MapMillisCustomLlm(pattern, _ => new MillisChatClientHandler(chatClient, chatOptions), configure);
    }

    private static async Task AcceptAsync(HttpContext context, MillisCustomLlmOptions options, Func<IServiceProvider, MillisCustomLlmHandler> handlerFactory)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Results.Problem(
                    title: "WebSocket expected.",
                    detail: "The Millis custom-LLM endpoint speaks WebSocket only.",
                    statusCode: StatusCodes.Status400BadRequest)
                .ExecuteAsync(context)
                .ConfigureAwait(false);
            return;
        }

        var services = context.RequestServices;
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("Millis.AspNetCore.CustomLlm") ?? (ILogger)NullLogger.Instance;
        var handler = handlerFactory(services);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var connection = new CustomLlmConnection(socket, context, options, handler, logger, services.GetService<TimeProvider>() ?? TimeProvider.System);
        await connection.RunAsync().ConfigureAwait(false);
    }
}
