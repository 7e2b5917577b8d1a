using Millis.Codegen;
using Newtonsoft.Json.Linq;

namespace Millis.Build.Tests.Codegen;

/// <summary>The table of per-operation decisions, and its default-deny for POST.</summary>
public class OperationPolicyTests
{
    private static IReadOnlyList<SpecOperation> CheckedIn() =>
        SpecOperations.Read(SpecNormalizer.Normalize(JObject.Parse(File.ReadAllText(RepoFiles.PathOf("spec/millis.openapi.json")))));

    [Test]
    public void APostWithoutARow_FailsTheBuildNamingTheTableAndTheDecision()
    {
        var ex = Assert.Throws<NormalizationException>(() => OperationPolicy.For("post", "/agents/{agent_id}/clone", "Clone Agent"));

        Assert.That(ex!.Message, Does.Contain("POST /agents/{agent_id}/clone").And.Contain("build/Millis.Codegen/OperationPolicy.cs").And.Contain("CreateOrDial"));
    }

    [TestCase("get")]
    [TestCase("put")]
    [TestCase("delete")]
    public void AGetPutOrDeleteWithoutARow_IsIdempotentAndGeneratedUnderItsSummary(string method)
    {
        var row = OperationPolicy.For(method, "/agents/{agent_id}/stats", "Get Agent Stats");

        Assert.That((row.Retry, row.Surface, row.Method), Is.EqualTo((Retry.Idempotent, Surface.Generated, "GetAgentStats")));
    }

    [Test]
    public void EveryRowNamesAnOperationOfTheSpec()
    {
        var keys = CheckedIn().Select(o => o.Method + " " + o.Path).ToHashSet();

        Assert.That(OperationPolicy.Rows.Select(r => r.Key).Where(k => !keys.Contains(k)), Is.Empty);
    }

    [Test]
    public void OperationNamesAreUnique()
    {
        Assert.That(CheckedIn().Select(o => o.Name), Is.Unique);
    }

    [Test]
    public void EveryRowSaysWhy()
    {
        Assert.That(OperationPolicy.Rows.Where(r => string.IsNullOrWhiteSpace(r.Why)).Select(r => r.Key), Is.Empty);
    }
}
