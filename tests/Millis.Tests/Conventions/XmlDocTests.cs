using System.Reflection;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Conventions;

/// <summary>
/// IntelliSense explains every public member of the package: each has a summary in Millis.xml (hand-written or
/// generated), and no generated model member carries the docs-overlay fallback text.
/// </summary>
public class XmlDocTests
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Test]
    public void EveryPublicMemberOfThePackageHasASummary()
    {
        var assembly = typeof(MillisClient).Assembly;
        var documented = DocumentedIds(Path.ChangeExtension(assembly.Location, ".xml"));

        var missing = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var id = TypeId(type);
            if (!documented.Contains("T:" + id))
            {
                missing.Add("T:" + id);
            }

            // Parameterless constructors are left to CS1591 (an error in the package build): reflection cannot tell a
            // written one from the compiler's implicit one, which has nothing to document.
            // Overloads share a name; each needs its own entry, so compare counts per kind and name.
            foreach (var group in type.GetMembers(Declared).Where(IsVisible).GroupBy(m => Prefix(m) + id + "." + MemberName(m)))
            {
                var entries = documented.Count(d => d == group.Key || d.StartsWith(group.Key + "(", StringComparison.Ordinal) || d.StartsWith(group.Key + "``", StringComparison.Ordinal));
                if (entries < group.Count())
                {
                    missing.Add($"{group.Key} ({group.Count() - entries} of {group.Count()})");
                }
            }
        }

        Assert.That(missing, Is.Empty, $"{missing.Count} public members have no summary");
    }

    [Test]
    public void NoGeneratedModelMemberFallsBackToTheDocsOverlayPlaceholder()
    {
        var undocumented = RepoFiles.NormalizedSpec().Descendants().OfType<JProperty>()
            .Where(p => p.Name == "x-millis-undocumented").Select(p => p.Parent!.Parent!.Path).ToList();

        Assert.That(undocumented, Is.Empty, "describe them in build/Millis.Codegen/DocsOverlay.json");
    }

    private static HashSet<string> DocumentedIds(string xmlPath) =>
        XDocument.Load(xmlPath).Descendants("member")
            .Where(m => m.Element("inheritdoc") is not null || !string.IsNullOrWhiteSpace(m.Element("summary")?.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsVisible(MemberInfo member) => member switch
    {
        ConstructorInfo c => (c.IsPublic || c.IsFamily || c.IsFamilyOrAssembly) && c.GetParameters().Length > 0 && !IsRecordCopyConstructor(c),
        MethodInfo m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)) && !IsExplicitImplementation(m) && !IsRecordPlumbing(m),
        PropertyInfo p => (p.GetMethod ?? p.SetMethod) is { } a && (a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly) && !p.Name.Contains('.', StringComparison.Ordinal) && p.Name != "EqualityContract",
        FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName && !(f.DeclaringType!.IsEnum && f.Name == "value__"),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false,
    };

    private static bool IsExplicitImplementation(MethodInfo m) => m.IsPrivate || m.Name.Contains('.', StringComparison.Ordinal);

    // Members a record declaration makes (Equals, PrintMembers, <Clone>$, ...) are covered by the record's own summary.
    private static bool IsRecordPlumbing(MethodInfo m) => m.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), inherit: false);

    // The copy constructor a non-sealed record gets for `with`: the compiler writes it and C# gives it no doc comment.
    private static bool IsRecordCopyConstructor(ConstructorInfo c) =>
        c.GetParameters() is [var only] && only.ParameterType == c.DeclaringType && c.DeclaringType!.GetProperty("EqualityContract", Declared) is not null;

    private static string Prefix(MemberInfo member) => member switch
    {
        ConstructorInfo or MethodInfo => "M:",
        PropertyInfo => "P:",
        FieldInfo => "F:",
        EventInfo => "E:",
        _ => "?:",
    };

    private static string MemberName(MemberInfo member) => member is ConstructorInfo c ? (c.IsStatic ? "#cctor" : "#ctor") : member.Name;

    private static string TypeId(Type type)
    {
        var name = type.IsNested ? TypeId(type.DeclaringType!) + "." + type.Name : type.FullName!;
        return name.Replace('+', '.');
    }
}
