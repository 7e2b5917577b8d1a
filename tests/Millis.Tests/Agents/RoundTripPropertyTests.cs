using FsCheck;
using FsCheck.Fluent;
using Millis.Agents;
using Millis.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Agents;

/// <summary>Random configs built through the builders survive a Newtonsoft JSON round trip unchanged.</summary>
public class RoundTripPropertyTests
{
    /// <summary>A random sequence of builder calls, printed by label when a case fails.</summary>
    public sealed class Recipe(IReadOnlyList<(string Label, Action<dynamic, int> Apply)> steps)
    {
        public IReadOnlyList<(string Label, Action<dynamic, int> Apply)> Steps { get; } = steps;

        public AgentConfigBuilder Full() => Apply(new AgentConfigBuilder().WithPrompt("base prompt").WithVoice(Voice.ElevenLabs("base-voice")));

        public PartialAgentConfigBuilder Partial() => Apply(new PartialAgentConfigBuilder());

        public override string ToString() => string.Join(" . ", Steps.Select(s => s.Label));

        private T Apply<T>(T builder)
            where T : AgentConfigBuilderBase<T>
        {
            for (var i = 0; i < Steps.Count; i++)
            {
                Steps[i].Apply(builder, i);
            }

            return builder;
        }
    }

    private static readonly Gen<string> Text =
        Gen.Elements("a", "Z", "0", " ", "_", "-", "\"", "\\", "/", "\n", "é", "€", "ü", "<", "{")
            .ArrayOf().Select(parts => "x" + string.Concat(parts));

    private static readonly Gen<string> Slug = Gen.Elements("a", "b", "c", "1", "2", "_", "-").ArrayOf().Select(p => "s" + string.Concat(p));

    private static readonly Gen<string> Url = Slug.Select(s => "https://hooks.example.com/" + s);

    private static readonly Gen<string> Phone = Gen.Choose(1, 9).SelectMany(first => Gen.Choose(10000000, 99999999), (first, rest) => "+" + first + "55" + rest);

    private static Gen<(string, Action<dynamic, int>)> Step<T>(Gen<T> values, string name, Action<dynamic, T> apply) =>
        Step(values, name, (b, v, _) => apply(b, v));

    private static Gen<(string, Action<dynamic, int>)> Step<T>(Gen<T> values, string name, Action<dynamic, T, int> apply) =>
        values.Select<T, (string, Action<dynamic, int>)>(v => ($"{name}({Show(v)})", (builder, index) => apply(builder, v, index)));

    private static string Show(object? value) => value switch
    {
        string text => JsonConvert.ToString(text),
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object>().Select(Show)) + "]",
        _ => value?.ToString() ?? "null",
    };

    private static Gen<Action<FlowBuilder>> FlowStep() => Gen.OneOf(
        Gen.Elements(true, false).Select<bool, Action<FlowBuilder>>(b => f => f.UserStartsFirst(b)),
        Gen.Elements<bool?>(true, false, null).Select<bool?, Action<FlowBuilder>>(b => f => f.AllowInterruptions(b, b is null ? null : !b)),
        Gen.Constant<Action<FlowBuilder>>(f => f.DisallowInterruptions()),
        Gen.Choose(0, 5000).Select<int, Action<FlowBuilder>>(ms => f => f.ResponseDelay(ms)),
        Gen.Choose(0, 5000).Select<int, Action<FlowBuilder>>(ms => f => f.ResponseDelayPerInput(ms, ms % 2 == 0 ? null : ms * 2)),
        Text.SelectMany(m => Gen.Choose(1, 9000), (m, gap) => (Action<FlowBuilder>)(f => f.AutoFillResponses(gap, m))),
        Text.Select<string, Action<FlowBuilder>>(m => f => f.AllowAgentToEndCall(m, m)),
        Gen.Constant<Action<FlowBuilder>>(f => f.DisallowAgentToEndCall()),
        Text.Select<string, Action<FlowBuilder>>(m => f => f.OnVoicemailLeaveMessage(m, true)),
        Gen.Constant<Action<FlowBuilder>>(f => f.OnVoicemailHangUp()),
        Phone.SelectMany(p => Text, (p, d) => (Action<FlowBuilder>)(f => f.TransferTo(p, d))),
        Phone.Select<string, Action<FlowBuilder>>(p => f => f.TransferToNumber(p).TransferInstruction("ask").TransferMessages("moving you")),
        Gen.Choose(1, 600).Select<int, Action<FlowBuilder>>(s => f => f.OnInactivity(s / 4.0, "still there?")),
        Gen.Elements(true, false).Select<bool, Action<FlowBuilder>>(b => f => f.DtmfDial(b, b ? "press 1" : null)));

    private static Gen<Action<ToolBuilder>> ToolOption() => Gen.OneOf(
        Url.Select<string, Action<ToolBuilder>>(u => t => t.Webhook(u)),
        Text.Select<string, Action<ToolBuilder>>(v => t => t.Header("X-Key", v)),
        Gen.Elements("GET", "POST").Select<string, Action<ToolBuilder>>(m => t => t.Method(m)),
        Gen.Choose(1, 60).Select<int, Action<ToolBuilder>>(s => t => t.Timeout(s)),
        Gen.Elements(true, false).Select<bool, Action<ToolBuilder>>(b => t => t.RunAfterCall(b).ExecuteAfterMessage(!b).ExcludeSessionId(b).IncludeMetadata(!b)),
        Text.Select<string, Action<ToolBuilder>>(m => t => t.Messages(m).ResponseMode("strict")));

    private static readonly Gen<Recipe> Recipes = Gen.Sized(size =>
    {
        var steps = new List<Gen<(string, Action<dynamic, int>)>>
        {
            Step(Text, "WithPrompt", (b, v) => b.WithPrompt(v)),
            Step(Gen.Elements(VoiceProvider.KnownValues.ToArray()).SelectMany(p => Slug, (p, id) => (p, id)), "WithVoice", (b, v) => b.WithVoice(Voice.Of(v.p, v.id).Model("m1").Setting("stability", 0.25))),
            Step(Text, "WithFirstMessage", (b, v) => b.WithFirstMessage(v)),
            Step(Gen.Elements(Language.KnownValues.ToArray()), "WithLanguage", (b, v) => b.WithLanguage(v)),
            Step(FlowStep().ArrayOf(), "Flow", (b, v) => b.Flow(new Action<FlowBuilder>(f => { foreach (var a in v) { a(f); } }))),
            Step(Gen.Choose(0, 100), "WithVadThreshold", (b, v) => b.WithVadThreshold(v / 100.0)),
            Step(Gen.Elements(LLMProvider.KnownValues.ToArray()).SelectMany(m => Gen.Choose(0, 200), (m, t) => (m, t)), "WithLlm",
                (b, v) => b.WithLlm(v.m, v.t % 3 == 0 ? (double?)null : v.t / 100.0, v.t % 2 == 0 ? v.t : (int?)null)),
            Step(Gen.Choose(1, 3600), "WithSessionTimeout", (b, v) => b.WithSessionTimeout(v, v % 2 == 0 ? v / 2.0 : (double?)null, "bye")),
            Step(Url, "WithSessionDataWebhook", (b, v) => b.WithSessionDataWebhook(v)),
            Step(Url, "WithExtraPromptWebhook+headers", (b, v) => b.WithExtraPromptWebhook(v, new Dictionary<string, string> { ["Authorization"] = "Bearer t" })),
            Step(Gen.Elements<bool?>(true, false, null), "WithPrivacy", (b, v) => b.WithPrivacy(true, v)),
            Step(Slug.SelectMany(k => Gen.Choose(1, 5), (k, w) => (k, w)), "AddVocabulary", (b, v) => b.AddVocabulary(v.k, v.w)),
            Step(Gen.Elements(Language.KnownValues.ToArray()).NonEmptyListOf(), "WithLanguageSwitching", (b, v) => b.WithLanguageSwitching(((IEnumerable<Language>)v).ToArray())),
            Step(Slug.NonEmptyListOf(), "WithKnowledgeBase", (b, v) => b.WithKnowledgeBase((IEnumerable<string>)v, new[] { "searching" })),
            Step(Gen.Elements(SpeechToTextProvider.KnownValues.ToArray()), "WithSpeechToText", (b, v) => b.WithSpeechToText(v, "nova-2")),
            Step(Gen.Elements(true, false), "WithRecording", (b, v) => b.WithRecording(v)),
            Step(Url, "WithBackgroundAudio", (b, v) => b.WithBackgroundAudio(v, 0.5)),
            Step(Slug, "WithMemory", (b, v) => b.WithMemory(v)),
            Step(Text, "WithTimezone", (b, v) => b.WithTimezone(v)),
            Step(Url, "WithCustomLlmWebsocket", (b, v) => b.WithCustomLlmWebsocket(v.Replace("https", "wss"))),
            Step(Text, "AddAppFunction", (b, v) => b.AddAppFunction("app", new Dictionary<string, string> { ["token"] = v })),
            Step(Gen.Choose(0, 1000).SelectMany(n => ToolOption().ArrayOf(), (n, opts) => (n, opts)), "AddTool", (b, v, index) => b.AddTool(new Action<ToolBuilder>(t =>
            {
                t.Named("tool_" + index).Description("does " + v.n).Parameter("id", "string", "an id", required: v.n % 2 == 0);
                foreach (var o in v.opts)
                {
                    o(t);
                }
            }))),
        };

        return Gen.OneOf(steps).ListOf().Select(list => new Recipe(list.ToList()));
    });

    /// <summary>Fills the schema defaults that a deserialized generated model adds (temperature 0, recording off, ...).</summary>
    private static JObject WithSchemaDefaults(JObject json)
    {
        var copy = (JObject)json.DeepClone();
        Default(copy["llm"], "temperature", 0);
        Default(copy["call_settings"], "enable_recording", false);
        Default(copy["flow"]?["dtmf_dial"], "enabled", false);
        Default(copy["privacy_settings"], "do_not_call_detection", false);
        Default(copy["memory"], "user_identifier_key", "");
        return copy;
    }

    private static void Default(JToken? obj, string name, JToken value)
    {
        if (obj is JObject o && o[name] is null)
        {
            o[name] = value;
        }
    }

    private static bool RoundTrips<T>(object built)
    {
        var first = JObject.Parse(JsonConvert.SerializeObject(built));
        var back = JsonConvert.DeserializeObject<T>(first.ToString())!;
        var second = JObject.Parse(JsonConvert.SerializeObject(back));
        return AgentJson.SameMeaning(WithSchemaDefaults(second), WithSchemaDefaults(first));
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property FullConfigsRoundTripThroughJson() =>
        Prop.ForAll(Recipes.ToArbitrary(), recipe => RoundTrips<AgentConfig>(recipe.Full().Build()));

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public Property PartialConfigsRoundTripThroughJson() =>
        Prop.ForAll(Recipes.ToArbitrary(), recipe => RoundTrips<PartialAgentConfig>(recipe.Partial().Build()));

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public Property BuildingTwiceGivesTheSameJson() =>
        Prop.ForAll(Recipes.ToArbitrary(), recipe =>
        {
            var builder = recipe.Full();
            return JsonConvert.SerializeObject(builder.Build()) == JsonConvert.SerializeObject(builder.Build());
        });

    [Test]
    public void RoundTripComparisonDetectsAChangedValue()
    {
        // The property's comparison must be able to fail: a changed field is not "the same meaning".
        var a = JObject.Parse("""{"prompt":"p","llm":{"model":"gpt-4o"}}""");
        var b = JObject.Parse("""{"prompt":"p","llm":{"model":"gpt-4o","temperature":0.5}}""");

        Assert.That(AgentJson.SameMeaning(WithSchemaDefaults(a), WithSchemaDefaults(b)), Is.False);
        Assert.That(AgentJson.SameMeaning(WithSchemaDefaults(a), WithSchemaDefaults(JObject.Parse("""{"prompt":"p","llm":{"model":"gpt-4o","temperature":0}}"""))), Is.True);
    }
}
