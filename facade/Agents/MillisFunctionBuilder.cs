using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds one Millis function (<c>millis_functions[]</c>), e.g. a webform: name, description, type, its data parameter,
/// extra parameters, messages and response mode.
/// </summary>
public sealed class MillisFunctionBuilder
{
    internal MillisFunctionBuilder()
    {
    }

    internal MillisFunction Model { get; } = new() { Data = null! };

    /// <summary>Sets the function name (<c>name</c>): 1 to 64 letters, digits, '_' or '-', unique in the agent.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public MillisFunctionBuilder Named(string name)
    {
        Model.Name = BuilderArgs.NotNull(name, nameof(name));
        return this;
    }

    /// <summary>Says what the function does (<c>description</c>, required).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    public MillisFunctionBuilder Description(string description)
    {
        Model.Description = BuilderArgs.NotNull(description, nameof(description));
        return this;
    }

    /// <summary>Sets the function type (<c>type</c>, required), e.g. <c>webform</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public MillisFunctionBuilder Type(string type)
    {
        Model.Type = BuilderArgs.NotNull(type, nameof(type));
        return this;
    }

    /// <summary>Describes the function's data parameter (<c>data.param</c>, required).</summary>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    public MillisFunctionBuilder DataParam(string name, string type, string description, bool required = false)
    {
        Model.Data = new MillisFunctionData
        {
            Param = new MillisFunctionParam
            {
                Name = BuilderArgs.NotNull(name, nameof(name)),
                Type = BuilderArgs.NotNull(type, nameof(type)),
                Description = BuilderArgs.NotNull(description, nameof(description)),
                Required = required,
            },
        };
        return this;
    }

    /// <summary>Declares a parameter the model passes to the function (<c>params[]</c>).</summary>
    /// <exception cref="ArgumentNullException">A string argument is null.</exception>
    public MillisFunctionBuilder Parameter(string name, string type, string description, bool required = false)
    {
        (Model.Params ??= new List<Param>()).Add(new Param
        {
            Name = BuilderArgs.NotNull(name, nameof(name)),
            Type = BuilderArgs.NotNull(type, nameof(type)),
            Description = BuilderArgs.NotNull(description, nameof(description)),
            Required = required,
        });
        return this;
    }

    /// <summary>Sets what the agent says while the function runs (<c>messages</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="messages"/> is null.</exception>
    public MillisFunctionBuilder Messages(params string[] messages)
    {
        Model.Messages = BuilderArgs.Strings(messages, nameof(messages));
        return this;
    }

    /// <summary>Sets how the agent uses the function's response (<c>response_mode</c>), e.g. <c>strict</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="mode"/> is null.</exception>
    public MillisFunctionBuilder ResponseMode(string mode)
    {
        Model.ResponseMode = BuilderArgs.NotNull(mode, nameof(mode));
        return this;
    }
}
