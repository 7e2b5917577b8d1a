using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Millis.AspNetCore.Internal;

/// <summary>
/// Calls a tool handler delegate: its parameters are filled from the bound call (the arguments, the
/// <see cref="MillisToolContext"/>), the request (<see cref="HttpContext"/>, <see cref="CancellationToken"/>, …) or DI;
/// its result (sync, <c>Task</c>, <c>ValueTask</c>) becomes JSON. Checked when mapped, so a parameter that can be
/// filled from nowhere fails at startup, not on the first call.
/// </summary>
internal sealed class ToolHandlerInvoker
{
    private static readonly MethodInfo AwaitValueTaskMethod = typeof(ToolHandlerInvoker).GetMethod(nameof(AwaitValueTaskAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Delegate _handler;
    private readonly Func<HttpContext, ToolBindingResult, object?>[] _sources;
    private readonly Func<object?, Task<object?>> _unwrap;

    private ToolHandlerInvoker(Delegate handler, Func<HttpContext, ToolBindingResult, object?>[] sources, Func<object?, Task<object?>> unwrap)
    {
        _handler = handler;
        _sources = sources;
        _unwrap = unwrap;
    }

    public static ToolHandlerInvoker Create<TArgs>(Delegate handler, IServiceProvider services)
    {
        var isService = services.GetService<IServiceProviderIsService>();
        var sources = handler.Method.GetParameters().Select(p => Source(typeof(TArgs), p, isService)).ToArray();
        return new ToolHandlerInvoker(handler, sources, Unwrapper(handler.Method.ReturnType));
    }

    public async Task<IResult> InvokeAsync(HttpContext context, ToolBindingResult binding)
    {
        var arguments = new object?[_sources.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _sources[i](context, binding);
        }

        object? returned;
        try
        {
            returned = _handler.DynamicInvoke(arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }

        var result = await _unwrap(returned).ConfigureAwait(false);
        return result switch
        {
            IResult r => r,
            null => Results.Text("{}", "application/json"),
            _ => Results.Json(result),
        };
    }

    private static Func<HttpContext, ToolBindingResult, object?> Source(Type argumentsType, ParameterInfo parameter, IServiceProviderIsService? isService)
    {
        var type = parameter.ParameterType;
        if (type == argumentsType)
        {
            return static (_, b) => b.Arguments;
        }

        if (type == typeof(MillisToolContext))
        {
            return static (_, b) => b.Context;
        }

        if (type == typeof(HttpContext))
        {
            return static (c, _) => c;
        }

        if (type == typeof(CancellationToken))
        {
            return static (c, _) => c.RequestAborted;
        }

        if (type == typeof(HttpRequest))
        {
            return static (c, _) => c.Request;
        }

        if (type == typeof(HttpResponse))
        {
            return static (c, _) => c.Response;
        }

        if (type == typeof(ClaimsPrincipal))
        {
            return static (c, _) => c.User;
        }

        if (isService is not null && !isService.IsService(type))
        {
            throw new ArgumentException(
                $"Tool handler parameter '{parameter.Name}' ({type.Name}) is neither the arguments type {argumentsType.Name}, MillisToolContext, " +
                "HttpContext, HttpRequest, HttpResponse, ClaimsPrincipal, CancellationToken nor a registered service.",
                "handler");
        }

        return (c, _) => c.RequestServices.GetRequiredService(type);
    }

    private static Func<object?, Task<object?>> Unwrapper(Type returnType)
    {
        if (returnType == typeof(void))
        {
            return static _ => Task.FromResult<object?>(null);
        }

        if (returnType == typeof(Task))
        {
            return static async r =>
            {
                await ((Task)r!).ConfigureAwait(false);
                return null;
            };
        }

        if (returnType == typeof(ValueTask))
        {
            return static async r =>
            {
                await ((ValueTask)r!).ConfigureAwait(false);
                return null;
            };
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            // The declared type, not the runtime one: an async method's task object is a subclass with its own Result.
            var result = returnType.GetProperty(nameof(Task<object>.Result))!;
            return async r =>
            {
                await ((Task)r!).ConfigureAwait(false);
                return result.GetValue(r);
            };
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var awaiter = AwaitValueTaskMethod.MakeGenericMethod(returnType.GetGenericArguments()[0]);
            return r => (Task<object?>)awaiter.Invoke(null, new[] { r })!;
        }

        return static r => Task.FromResult(r);
    }

    private static async Task<object?> AwaitValueTaskAsync<T>(object boxed) => await ((ValueTask<T>)boxed).ConfigureAwait(false);
}
