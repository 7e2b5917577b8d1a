using Millis.Models;
using Newtonsoft.Json.Serialization;

namespace Millis.Agents;

/// <summary>
/// Creates generated models without running their property initializers, so a deserialized object holds exactly the
/// fields present in the JSON (the generated defaults such as <c>LLM.Temperature = 0</c> would otherwise reappear).
/// </summary>
internal sealed class NoInitializerContractResolver : DefaultContractResolver
{
    protected override JsonObjectContract CreateObjectContract(Type objectType)
    {
        var contract = base.CreateObjectContract(objectType);
        if (objectType.Namespace == typeof(AgentConfig).Namespace && objectType.IsClass && !objectType.IsAbstract
            && !typeof(JsonUnion).IsAssignableFrom(objectType))
        {
            contract.DefaultCreator = () => CreateUninitialized(objectType);
        }

        return contract;
    }

    private static object CreateUninitialized(Type type) =>
#if NETSTANDARD2_0
        System.Runtime.Serialization.FormatterServices.GetUninitializedObject(type);
#else
        System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
#endif
}
