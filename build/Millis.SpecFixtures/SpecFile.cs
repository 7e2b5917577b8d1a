using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.SpecFixtures;

/// <summary>Reads and writes OpenAPI documents exactly as spec/millis.openapi.json is written (two-space indent, final newline).</summary>
public static class SpecFile
{
    public static JObject Read(string path)
    {
        using var reader = new JsonTextReader(new StringReader(File.ReadAllText(path)))
        {
            // Strings that look like dates stay strings, so a document round-trips byte for byte.
            DateParseHandling = DateParseHandling.None,
        };
        return JToken.ReadFrom(reader) as JObject ?? throw new FixtureException($"{path} is not a JSON object");
    }

    public static string Text(JObject doc) => doc.ToString(Formatting.Indented).ReplaceLineEndings("\n") + "\n";

    public static void Write(JObject doc, string path) => File.WriteAllText(path, Text(doc));
}
