using System.Collections;
using Millis.Models;
using Newtonsoft.Json.Serialization;

namespace Millis.Serialization;

/// <summary>
/// Whether a value nobody set is still worth writing: a model the caller filled in place (the object a required field
/// starts with, <c>new AgentConfig()</c>, or one Newtonsoft populated in place), or a list the caller added to.
/// </summary>
internal static class ModelContent
{
    public static bool Has(object? value, IContractResolver resolver, int depth = 0) => value switch
    {
        null => false,
        MillisModel model => model.HasContent || (depth < 32 && NestedHas(model, resolver, depth)),
        ICollection collection => collection.Count > 0,
        _ => false,
    };

    private static bool NestedHas(MillisModel model, IContractResolver resolver, int depth)
    {
        if (resolver.ResolveContract(model.GetType()) is not JsonObjectContract contract)
        {
            return false;
        }

        var properties = contract.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            // Indexed, not foreach: the collection's enumerator is boxed.
            var property = properties[i];
            if (!property.Ignored && property.Readable && property.PropertyType is { IsValueType: false } type && type != typeof(string)
                && Has(property.ValueProvider!.GetValue(model), resolver, depth + 1))
            {
                return true;
            }
        }

        return false;
    }
}
