namespace Millis.Prism;

/// <summary>The checkout a tool or test runs from: the folder above the output that holds <c>Millis.Generated.sln</c>.</summary>
public static class Repository
{
    private static readonly Lazy<string> Found = new(FindRoot);

    /// <summary>The repository root; Prism serves its <c>spec/</c> and runs from its <c>build/tools</c>.</summary>
    public static string Root => Found.Value;

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
