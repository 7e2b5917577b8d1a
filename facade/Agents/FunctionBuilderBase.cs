using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// The setters shared by <see cref="ToolBuilder"/> (a webhook tool) and <see cref="MillisFunctionBuilder"/> (a Millis
/// function): name, description, parameters, messages and response mode. Only the settings called appear in the JSON.
/// </summary>
/// <typeparam name="TSelf">The concrete builder, returned by every setter for chaining.</typeparam>
public abstract class FunctionBuilderBase<TSelf>
    where TSelf : FunctionBuilderBase<TSelf>
{
    private protected FunctionBuilderBase()
    {
    }

    private TSelf Self => (TSelf)this;

    /// <summary>Sets the name the model calls (<c>name</c>): 1 to 64 letters, digits, '_' or '-', unique in the agent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public TSelf Named(string name)
    {
        SetName(Guard.NotNull(name, nameof(name)));
        return Self;
    }

    /// <summary>Says what it does and when to call it (<c>description</c>, required).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public TSelf Description(string description)
    {
        SetDescription(Guard.NotNull(description, nameof(description)));
        return Self;
    }

    /// <summary>Declares a parameter the model passes (<c>params[]</c>).</summary>
    /// <param name="name">The parameter name, unique within the function.</param>
    /// <param name="type">The JSON type, e.g. <c>string</c>, <c>number</c>, <c>boolean</c>.</param>
    /// <param name="description">What the parameter holds.</param>
    /// <param name="required">Whether the model must always pass it.</param>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    public TSelf Parameter(string name, string type, string description, bool required = false)
    {
        Params().Add(new Param
        {
            Name = Guard.NotNull(name, nameof(name)),
            Type = Guard.NotNull(type, nameof(type)),
            Description = Guard.NotNull(description, nameof(description)),
            Required = required,
        });
        return Self;
    }

    /// <summary>Sets what the agent says while it runs (<c>messages</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public TSelf Messages(params string[] messages)
    {
        SetMessages(Guard.Strings(messages, nameof(messages)));
        return Self;
    }

    /// <summary>Sets how the agent uses the response (<c>response_mode</c>): <see cref="Models.ResponseMode.Strict"/>, <see cref="Models.ResponseMode.Flexible"/> or a raw string.</summary>
    public TSelf ResponseMode(ResponseMode mode)
    {
        SetResponseMode(mode);
        return Self;
    }

    private protected abstract void SetName(string name);

    private protected abstract void SetDescription(string description);

    private protected abstract IList<Param> Params();

    private protected abstract void SetMessages(List<string> messages);

    private protected abstract void SetResponseMode(ResponseMode mode);
}
