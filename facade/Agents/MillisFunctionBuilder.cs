using Millis.Models;

namespace Millis.Agents;

/// <summary>
/// Builds one Millis function (<c>millis_functions[]</c>), e.g. a webform: name, description, type, its data parameter,
/// extra parameters, messages and response mode.
/// </summary>
public sealed class MillisFunctionBuilder : FunctionBuilderBase<MillisFunctionBuilder>
{
    internal MillisFunctionBuilder()
    {
    }

    internal MillisFunction Model { get; } = new() { Data = null! };

    /// <summary>Sets the function type (<c>type</c>, required), e.g. <c>webform</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public MillisFunctionBuilder Type(string type)
    {
        Model.Type = Guard.NotNull(type, nameof(type));
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
                Name = Guard.NotNull(name, nameof(name)),
                Type = Guard.NotNull(type, nameof(type)),
                Description = Guard.NotNull(description, nameof(description)),
                Required = required,
            },
        };
        return this;
    }

    private protected override void SetName(string name) => Model.Name = name;

    private protected override void SetDescription(string description) => Model.Description = description;

    private protected override IList<Param> Params() => Model.Params ??= new List<Param>();

    private protected override void SetMessages(List<string> messages) => Model.Messages = messages;

    private protected override void SetResponseMode(ResponseMode mode) => Model.ResponseMode = mode;
}
