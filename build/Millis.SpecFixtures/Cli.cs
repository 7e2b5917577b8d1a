using Newtonsoft.Json;

namespace Millis.SpecFixtures;

/// <summary>The command line: <c>list</c>, or <c>write NAME OUT.json [--spec FILE]</c>. Returns the exit code.</summary>
public static class Cli
{
    public const int Failed = 1;
    public const int BadArguments = 2;
    public const string DefaultSpec = "spec/millis.openapi.json";

    public const string Usage = "usage: Millis.SpecFixtures list [--long]\n"
        + "       Millis.SpecFixtures write NAME OUT.json [--spec " + DefaultSpec + "]\n"
        + "  list prints the fixture names (--long: with what each changes and its expected spec-diff verdicts);\n"
        + "  write applies one to the spec and writes the evolved document\n"
        + "  exit code: 0 = done, 1 = the fixture cannot apply to this spec or a file cannot be read or written, 2 = bad arguments";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        switch (args)
        {
            case ["list"]:
                output.Write(string.Concat(FixtureCatalog.All.Select(f => f.Name + "\n")));
                return 0;
            case ["list", "--long"]:
                output.Write(string.Concat(FixtureCatalog.All.Select(f => $"{f.Name}: {f.Summary}\n")));
                return 0;
            case ["write", var name, var outFile]:
                return Write(name, outFile, DefaultSpec, error);
            case ["write", var name, var outFile, "--spec", var spec]:
                return Write(name, outFile, spec, error);
            default:
                error.WriteLine(Usage);
                return BadArguments;
        }
    }

    private static int Write(string name, string outFile, string spec, TextWriter error)
    {
        if (FixtureCatalog.Find(name) is not { } fixture)
        {
            error.WriteLine($"spec-fixtures: no fixture '{name}'; one of: {string.Join(", ", FixtureCatalog.All.Select(f => f.Name))}");
            return BadArguments;
        }

        try
        {
            SpecFile.Write(fixture.Apply(SpecFile.Read(spec)), outFile);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FixtureException)
        {
            error.WriteLine($"spec-fixtures: {name}: {ex.Message}");
            return Failed;
        }
    }
}
