namespace Millis.Codegen;

/// <summary>Writes generated files with LF line ends, leaving unchanged files untouched (their timestamps too).</summary>
internal static class Output
{
    public static void WriteIfChanged(string path, string content)
    {
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!File.Exists(path) || File.ReadAllText(path) != content)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllText(path, content);
        }
    }
}
