using Microsoft.Extensions.AI;
using Millis.Agents;

namespace Millis.Extensions.AI;

/// <summary>Declares a tool once, as an <see cref="AIFunction"/>, for an agent's config.</summary>
public static class AgentConfigBuilderExtensions
{
    /// <summary>
    /// Adds a webhook tool (<c>tools[]</c>) described by <paramref name="function"/>: its name, its description and its
    /// JSON schema as the tool's <c>params</c> (string stays <c>string</c>, number and integer become <c>number</c>,
    /// boolean stays <c>boolean</c>, a string enum becomes <c>string</c> with the values in the description, and the
    /// schema's <c>required</c> list sets <c>required</c>), called at <paramref name="webhookUrl"/>. The same
    /// <see cref="AIFunction"/> can then be passed in <c>ChatOptions.Tools</c> or run by your webhook.
    /// </summary>
    /// <remarks>
    /// Millis tool parameters are flat: a parameter whose schema is an object, an array, a union of types or a
    /// non-string enum is refused with a <see cref="NotSupportedException"/> naming the tool and the parameter.
    /// <paramref name="configure"/> sets the rest (method, headers, messages, timeout, ...) on the same
    /// <see cref="ToolBuilder"/>; the config builder's <c>Build()</c> checks the result as for any tool.
    /// </remarks>
    /// <typeparam name="TBuilder"><see cref="AgentConfigBuilder"/> or <see cref="PartialAgentConfigBuilder"/>.</typeparam>
    /// <param name="builder">The agent-config builder.</param>
    /// <param name="function">The function; <c>AIFunctionFactory.Create(...)</c> makes one from a method.</param>
    /// <param name="webhookUrl">The absolute http(s) URL Millis calls when the agent uses the tool.</param>
    /// <param name="configure">Further tool settings, or null.</param>
    /// <returns>The builder, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/>, <paramref name="function"/> or <paramref name="webhookUrl"/> is null.</exception>
    /// <exception cref="NotSupportedException">A parameter's schema cannot be expressed as a Millis tool parameter.</exception>
    /// <example><code>
    /// [Description("Finds an order by its id")]
    /// static string LookupOrder([Description("The order id")] string id) => ...;
    ///
    /// var config = new AgentConfigBuilder()
    ///     .WithPrompt("You help with orders.")
    ///     .AddTool(AIFunctionFactory.Create(LookupOrder, "lookup_order"), "https://api.example.com/orders")
    ///     .Build();
    /// </code></example>
    public static TBuilder AddTool<TBuilder>(this TBuilder builder, AIFunctionDeclaration function, string webhookUrl, Action<ToolBuilder>? configure = null)
        where TBuilder : AgentConfigBuilderBase<TBuilder>
    {
        if (builder is null)
        {
            throw new ArgumentNullException(nameof(builder));
        }

        if (function is null)
        {
            throw new ArgumentNullException(nameof(function));
        }

        if (webhookUrl is null)
        {
            throw new ArgumentNullException(nameof(webhookUrl));
        }

        var parameters = ToolSchema.ToParams(function);
        return builder.AddTool(tool =>
        {
            tool.Named(function.Name).Description(function.Description ?? string.Empty).Webhook(webhookUrl);
            foreach (var parameter in parameters ?? [])
            {
                tool.Parameter(parameter.Name, parameter.Type, parameter.Description, parameter.Required);
            }

            configure?.Invoke(tool);
        });
    }
}
