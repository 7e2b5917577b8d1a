using Newtonsoft.Json.Linq;

namespace Millis.Codegen;

/// <summary>
/// Build warnings a rule raises (the build goes on). Kept in the normalized document under <c>x-millis-warnings</c>,
/// so they are reviewable in generated/ too, and printed by the tool in MSBuild's "warning CODE: text" form.
/// </summary>
internal static class Warnings
{
    public const string Key = "x-millis-warnings";

    public static void Add(JObject doc, string code, string message) =>
        ((JArray)(doc[Key] ??= new JArray())).Add($"{code}: {message}");

    public static IEnumerable<string> Of(JObject doc) => (doc[Key] as JArray)?.Select(t => (string)t!) ?? [];
}
