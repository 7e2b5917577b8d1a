namespace Millis.Build.Tests;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Millis.Generated.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Millis.Generated.sln not found above " + AppContext.BaseDirectory);
    }
}
