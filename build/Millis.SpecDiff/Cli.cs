using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.SpecDiff;

/// <summary>The command line: <c>OLD NEW [--json]</c>. Returns the exit code.</summary>
public static class Cli
{
    /// <summary>The documents could not be read or the arguments are wrong (not a comparison result).</summary>
    public const int Error = 3;

    public const string Usage = "usage: Millis.SpecDiff OLD.json NEW.json [--json]\n"
        + "  prints every difference with two verdicts (breaking, additive or none): wire, and the SDK's C# API\n"
        + "  exit code (wire): 0 = no differences, 1 = only additive, 2 = some breaking, 3 = error";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => a != "--json").ToArray();
        if (files.Length != 2 || files.Any(f => f.StartsWith("--", StringComparison.Ordinal)))
        {
            error.WriteLine(Usage);
            return Error;
        }

        try
        {
            var differences = SpecDiffer.Compare(Load(files[0]), Load(files[1]));
            output.Write(json ? Report.Json(differences) : Report.Text(differences));
            return SpecDiffer.ExitCode(differences);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or SpecDiffException)
        {
            error.WriteLine($"spec-diff: {ex.Message}");
            return Error;
        }
    }

    private static JObject Load(string file)
    {
        var root = JToken.Parse(File.ReadAllText(file));
        return root is JObject { } doc && (doc["openapi"] ?? doc["swagger"]) is not null
            ? doc
            : throw new SpecDiffException($"{file} is not an OpenAPI document");
    }
}
