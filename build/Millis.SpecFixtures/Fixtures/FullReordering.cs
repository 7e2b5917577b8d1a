using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>The same document written in another order: nothing may change because of it.</summary>
internal static class FullReordering
{
    public static Fixture Fixture { get; } = new(
        "full-reordering",
        "paths, the methods of each path, components.schemas and every properties object in reverse order: no findings (exit 0)",
        Mutate);

    private static void Mutate(JObject spec)
    {
        var paths = Paths(spec);
        Reverse(paths);
        foreach (var item in paths.Properties().Select(p => p.Value).OfType<JObject>())
        {
            Reverse(item);
        }

        Reverse(Schemas(spec));
        ReverseProperties(spec);
    }

    /// <summary>Reverses every <c>properties</c> keyword; a field that happens to be called "properties" is a schema, not the keyword.</summary>
    private static void ReverseProperties(JToken node)
    {
        switch (node)
        {
            case JObject obj:
                foreach (var member in obj.Properties().ToList())
                {
                    if (member is { Name: "properties", Value: JObject fields })
                    {
                        Reverse(fields);
                        foreach (var field in fields.Properties())
                        {
                            ReverseProperties(field.Value);
                        }
                    }
                    else
                    {
                        ReverseProperties(member.Value);
                    }
                }

                break;
            case JArray array:
                foreach (var item in array)
                {
                    ReverseProperties(item);
                }

                break;
        }
    }
}
