using Millis.Prism;
using Newtonsoft.Json.Linq;

namespace Millis.Tests;

/// <summary>Finds files of the repository from the test output folder.</summary>
internal static class RepoFiles
{
    public static string Root => Repository.Root;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static JObject Spec() => JObject.Parse(File.ReadAllText(PathOf("spec/millis.openapi.json")));

    public static JObject NormalizedSpec() => JObject.Parse(File.ReadAllText(PathOf("generated/millis.normalized.openapi.json")));

    public static string TestData(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name));
}
