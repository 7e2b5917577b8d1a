using Millis.SpecDiff;

namespace Millis.Build.Tests.SpecFixtures;

/// <summary>Each fixture diffed against the checked-in spec: the findings it must produce, both verdicts, the exit code.</summary>
public class FixtureVerdictTests
{
    [Test]
    public void NewOperationIsANewPathAndSchemaAdditiveOnBoth()
    {
        var run = FixtureRun.Of("new-operation");

        Assert.Multiple(() =>
        {
            Assert.That(run.Kinds, Is.EqualTo(new[] { "new-path additive/additive", "new-schema additive/additive" }));
            Assert.That(run.Locations, Is.EqualTo(new[] { "/agents/{agent_id}/stats", "components AgentStats" }));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void NewQueryParameterIsAdditiveOnBoth()
    {
        var run = FixtureRun.Of("new-query-parameter");

        Assert.Multiple(() =>
        {
            Assert.That(run.Differences.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "GET /phones parameter tag: new optional query parameter (string, nullable) (wire: additive · C#: additive)",
            }));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void NewInlineEnumPropertyIsAdditiveOnBoth()
    {
        var run = FixtureRun.Of("new-inline-enum");

        Assert.Multiple(() =>
        {
            Assert.That(run.Differences.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "POST /start_outbound_call request → priority: new optional request property (string, nullable) (wire: additive · C#: additive)",
            }));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void NewEnumValuesAreAdditiveOnBothOnceInComponents()
    {
        var run = FixtureRun.Of("new-enum-values");

        Assert.Multiple(() =>
        {
            Assert.That(run.Kinds, Is.EqualTo(new[] { "new-enum-value additive/additive" }));
            Assert.That(run.Locations, Is.EqualTo(new[] { "components VoiceProvider", "components VoiceProvider" }));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void NewOptionalRequestAndResponseFieldsAreAdditiveOnBoth()
    {
        var run = FixtureRun.Of("new-optional-fields");

        Assert.Multiple(() =>
        {
            Assert.That(run.Kinds, Is.EqualTo(new[] { "new-optional-property additive/additive", "new-response-field additive/additive" }));
            Assert.That(run.Locations, Is.EqualTo(new[] { "POST /campaigns request → description", "GET /user/info 200 → plan" }));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void InputOutputSplitIsAdditiveOnTheWireAndBreaksCSharpOnce()
    {
        var run = FixtureRun.Of("input-output-split");
        var splits = run.Differences.Where(d => d.Rule == "pair-split").Select(d => d.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(run.Kinds, Is.EqualTo(new[] { "new-response-field additive/additive", "pair-split none/breaking" }));
            Assert.That(splits, Is.EqualTo(new[]
            {
                "components Agent-Input, Agent-Output: bodies now differ: the C# type Agent becomes AgentInput for Agent-Input, Agent for Agent-Output (wire: none · C#: breaking)",
            }));
            Assert.That(run.Locations, Does.Contain("GET /agents/{agent_id} 200 → updated_at"));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void NewUnnamedUnionBreaksBothAndNeedsANamedUnionWhereverItIsUsed()
    {
        var run = FixtureRun.Of("new-unnamed-union");

        Assert.Multiple(() =>
        {
            Assert.That(run.Differences.All(d => d.NeedsNamedUnion), Is.True, "every finding is flagged");
            Assert.That(run.Locations, Does.Contain("POST /start_outbound_call request → agent_config.session_timeout.warning_after"));
            Assert.That(run.Locations, Does.Contain("GET /phones 200 → [].agent_config_override.session_timeout.warning_after"));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.OnlyAdditive));
        });
    }

    [Test]
    public void FreeFormObjectTypedAsAMapBreaksBothOnARequest()
    {
        var run = FixtureRun.Of("free-form-to-typed-map");

        Assert.Multiple(() =>
        {
            Assert.That(run.Differences.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "POST /campaigns/{campaign_id}/records request → [].metadata: free-form object became a map of string (wire: breaking · C#: breaking)",
            }));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.SomeBreaking));
        });
    }

    [Test]
    public void ClosedObjectsBreakTheWireWhereSentAndNeverCSharp()
    {
        var run = FixtureRun.Of("closed-object");

        Assert.Multiple(() =>
        {
            // Both halves of PartialAgentConfig are closed: no pair split.
            Assert.That(run.Kinds, Is.EqualTo(new[] { "object-closed breaking/none", "object-closed none/none" }));
            Assert.That(run.Differences.Where(d => d.Location.Contains(" request", StringComparison.Ordinal)).Select(d => d.Wire), Is.All.EqualTo(DiffKind.Breaking));
            Assert.That(run.Differences.Where(d => !d.Location.Contains(" request", StringComparison.Ordinal)).Select(d => d.Wire), Is.All.EqualTo(DiffKind.None));
            Assert.That(run.Locations, Does.Contain("PUT /campaigns/{campaign_id}/info request"));
            Assert.That(run.Locations, Does.Contain("GET /campaigns/{campaign_id}/info 200"));
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.SomeBreaking));
        });
    }

    [Test]
    public void FullReorderingHasNoFindings()
    {
        var run = FixtureRun.Of("full-reordering");

        Assert.Multiple(() =>
        {
            Assert.That(run.Differences, Is.Empty);
            Assert.That(run.ExitCode, Is.EqualTo(SpecDiffer.NoDifferences));
        });
    }
}
