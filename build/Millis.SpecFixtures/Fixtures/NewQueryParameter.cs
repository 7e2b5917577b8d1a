using Newtonsoft.Json.Linq;
using static Millis.SpecFixtures.SpecEdits;

namespace Millis.SpecFixtures.Fixtures;

/// <summary>A new optional query parameter on an existing operation.</summary>
internal static class NewQueryParameter
{
    public static Fixture Fixture { get; } = new(
        "new-query-parameter",
        "optional query parameter tag on GET /phones: new-optional-parameter, wire additive, C# additive (exit 1)",
        Mutate);

    private static readonly (string Method, string Path, string Name, string Description)[] Candidates =
    [
        ("get", "/phones", "tag", "Only phone numbers with this tag"),
        ("get", "/phones", "phone_tag", "Only phone numbers with this tag"),
    ];

    private static void Mutate(JObject spec)
    {
        var (method, path, name, description) = First(
            Candidates,
            c => Operation(spec, c.Method, c.Path)?["parameters"] is JArray parameters && parameters.All(p => (string?)p["name"] != c.Name),
            "a new query parameter");
        var parameters = (JArray)Operation(spec, method, path)!["parameters"]!;
        var parameter = new JObject
        {
            ["name"] = name,
            ["in"] = "query",
            ["required"] = false,
            ["schema"] = Optional(Type("string"), Title(name), description),
            ["description"] = description,
        };

        // FastAPI lists parameters in the handler's order; the key header comes last.
        var header = parameters.FirstOrDefault(p => (string?)p["in"] == "header");
        if (header is not null)
        {
            header.AddBeforeSelf(parameter);
        }
        else
        {
            parameters.Add(parameter);
        }
    }
}
