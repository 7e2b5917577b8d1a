using Millis.SpecDiff;
using Newtonsoft.Json.Linq;
using static Millis.Build.Tests.SpecDiff.DiffSpec;

namespace Millis.Build.Tests.SpecDiff;

/// <summary>-Input/-Output pairs: one C# type while their bodies match, two once they differ (wire: none, C#: breaking).</summary>
public class PairRuleTests
{
    /// <summary><c>GET /agents</c> returns Agent-Output, <c>POST /agents</c> takes Agent-Input.</summary>
    private static JObject Agents(JObject input, JObject output, params (string Name, JObject Schema)[] more)
    {
        var paths = new JObject
        {
            ["/agents"] = new JObject
            {
                ["get"] = Operation(Ref("Agent-Output")),
                ["post"] = WithBody(Operation(Str), Ref("Agent-Input")),
            },
        };
        return Doc(paths, [("Agent-Input", input), ("Agent-Output", output), .. more]);
    }

    private static JObject Agent(JObject? extra = null)
    {
        var properties = new JObject { ["id"] = Str, ["name"] = Str };
        if (extra is not null)
        {
            properties.Merge(extra);
        }

        return Object(properties, "id");
    }

    private const string Split = "none/breaking pair-split components Agent-Input, Agent-Output: bodies now differ: the C# type Agent becomes AgentInput for Agent-Input, Agent for Agent-Output";

    [Test]
    public void OutputGainingAFieldTheInputLacksSplitsThePairAndLosingItMergesIt()
    {
        var same = Agents(Agent(), Agent());
        var split = Agents(Agent(), Agent(new JObject { ["updated_at"] = Nullable(Int) }));

        Assert.Multiple(() =>
        {
            Assert.That(Diff(same, split), Is.EqualTo(new[]
            {
                "additive/additive new-response-field GET /agents 200 → updated_at: new response field (integer, nullable)",
                Split,
            }));
            Assert.That(Diff(split, same), Is.EqualTo(new[]
            {
                "breaking/breaking removed-property GET /agents 200 → updated_at: response field removed",
                "none/breaking pair-merged components Agent-Input, Agent-Output: bodies are now the same: AgentInput for Agent-Input, Agent for Agent-Output become one C# type Agent",
            }));
        });
    }

    [Test]
    public void ADescriptionOnlyOneHalfHas_IsNoSplit_AsCodegenMergesIt()
    {
        var described = Agent();
        described["description"] = "An agent as the API returns it.";

        Assert.That(SpecDiffer.Compare(Agents(Agent(), Agent()), Agents(Agent(), described)), Is.Empty);
    }

    [Test]
    public void ASplitThatChangesNothingOnTheWireExitsZero()
    {
        // A length limit only the response half declares: a different schema, nothing a client on the wire can see.
        var limited = Agent(new JObject { ["id"] = new JObject { ["type"] = "string", ["maxLength"] = 64 } });

        var differences = SpecDiffer.Compare(Agents(Agent(), Agent()), Agents(Agent(), limited));

        Assert.Multiple(() =>
        {
            Assert.That(differences.Select(Line), Is.EqualTo(new[] { Split }));
            Assert.That(SpecDiffer.ExitCode(differences), Is.EqualTo(SpecDiffer.NoDifferences));
        });
    }

    [Test]
    public void BodiesAreComparedWithTheirRefsRenamedSoASplitCascadesToThePairsReferringToIt()
    {
        // Agent-Input → Config-Input and Agent-Output → Config-Output are one type while Config is.
        var agentIn = Object(new JObject { ["config"] = Ref("Config-Input") });
        var agentOut = Object(new JObject { ["config"] = Ref("Config-Output") });
        var config = Object(new JObject { ["prompt"] = Str });
        var wider = Object(new JObject { ["prompt"] = Str, ["voice"] = Nullable(Str) });

        Assert.That(Diff(Agents(agentIn, agentOut, ("Config-Input", config), ("Config-Output", config)), Agents(agentIn, agentOut, ("Config-Input", config), ("Config-Output", wider))), Is.EqualTo(new[]
        {
            "additive/additive new-response-field GET /agents 200 → config.voice: new response field (string, nullable)",
            Split,
            "none/breaking pair-split components Config-Input, Config-Output: bodies now differ: the C# type Config becomes ConfigInput for Config-Input, Config for Config-Output",
        }));
    }

    [Test]
    public void APairFromTheRenameTableIsAPairWhateverItsNames()
    {
        // build/Millis.Codegen/SchemaRenames.cs makes both AgentTool.
        var doc = (JObject output) => Doc(
            new JObject { ["/tools"] = new JObject { ["get"] = Operation(Ref("Function-Output")), ["post"] = WithBody(Operation(Str), Ref("fast_api_data__data__Function")) } },
            ("fast_api_data__data__Function", Object(new JObject { ["name"] = Str })),
            ("Function-Output", output));

        Assert.That(Diff(doc(Object(new JObject { ["name"] = Str })), doc(Object(new JObject { ["name"] = Str, ["timeout"] = Nullable(Int) }))), Is.EqualTo(new[]
        {
            "additive/additive new-response-field GET /tools 200 → timeout: new response field (integer, nullable)",
            "none/breaking pair-split components Function-Output, fast_api_data__data__Function: bodies now differ: the C# type AgentTool becomes AgentTool for Function-Output, AgentToolInput for fast_api_data__data__Function",
        }));
    }

    [Test]
    public void APairThatDiffersInBothDocumentsIsNotReported()
    {
        var before = Agents(Agent(), Agent(new JObject { ["updated_at"] = Nullable(Int) }));
        var after = Agents(Agent(), Agent(new JObject { ["updated_at"] = Nullable(Int), ["owner"] = Nullable(Str) }));

        Assert.That(Diff(before, after), Is.EqualTo(new[] { "additive/additive new-response-field GET /agents 200 → owner: new response field (string, nullable)" }));
    }
}
