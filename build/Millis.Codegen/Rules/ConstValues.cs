using Newtonsoft.Json.Linq;

namespace Millis.Codegen.Rules;

/// <summary>
/// A string property with <c>const</c> (pydantic's <c>Literal</c>, e.g. a chat message's <c>role</c>) becomes a plain
/// string marked <see cref="Key"/>; the plumbing step gives its model a constructor that sets the value, so it is
/// always sent (NSwag would make a one-member C# enum, and the SDK writes no other defaults).
/// </summary>
internal static class ConstValues
{
    public const string Key = "x-millis-const";

    public static void Apply(JObject doc)
    {
        foreach (var obj in Json.ObjectsBottomUp(doc))
        {
            if (obj["const"] is JValue { Type: JTokenType.String } value)
            {
                obj.Remove("const");
                obj.Remove("enum");
                obj.Remove("default");
                obj["type"] ??= "string";
                obj[Key] = value.DeepClone();
            }
        }
    }
}
