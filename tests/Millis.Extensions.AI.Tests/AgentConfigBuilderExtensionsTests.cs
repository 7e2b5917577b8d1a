using System.ComponentModel;
using DescriptionAttribute = System.ComponentModel.DescriptionAttribute;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Millis.Agents;
using Millis.Models;

namespace Millis.Extensions.AI.Tests;

/// <summary>Tools declared once: an AIFunction plus a webhook URL becomes an agent tool.</summary>
public class AgentConfigBuilderExtensionsTests
{
    [Description("Finds an order by its id")]
    private static string LookupOrder([Description("The order id")] string id, [Description("How many lines to return")] int lines = 5, [Description("Whether to rush it")] bool urgent = false, [Description("A note for the clerk")] string? note = null) => id;

    private static AgentConfigBuilder Agent() => new AgentConfigBuilder().WithPrompt("You help with orders.").WithVoice(Voice.ElevenLabs("voice-1"));

    [Test]
    public void AnAIFunctionBecomesAToolWithItsSchemaAsParamsAndTheWebhook()
    {
        var config = Agent().AddTool(AIFunctionFactory.Create(LookupOrder, "lookup_order"), "https://api.example.com/orders").Build();

        var tool = config.Tools!.Single();
        Assert.That((tool.Name, tool.Description, tool.Webhook), Is.EqualTo(("lookup_order", "Finds an order by its id", "https://api.example.com/orders")));
        Assert.That(tool.Params!.Select(p => (p.Name, p.Type, p.Description, p.Required)), Is.EqualTo(new[]
        {
            ("id", "string", "The order id", true),
            ("lines", "number", "How many lines to return", false),
            ("urgent", "boolean", "Whether to rush it", false),
            ("note", "string", "A note for the clerk", false),
        }));
    }

    [Test]
    public void TheOtherToolSettingsAreSetOnTheSameToolBuilder()
    {
        var config = new PartialAgentConfigBuilder()
            .AddTool(AIFunctionFactory.Create(LookupOrder, "lookup_order"), "https://api.example.com/orders", t => t.Method("GET").Messages("One moment."))
            .Build();

        var tool = config.Tools!.Single();
        Assert.That((tool.Method, tool.Messages!.Single()), Is.EqualTo(("GET", "One moment.")));
    }

    [Test]
    public void AStringEnumIsAStringListingItsValues()
    {
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"unit":{"type":"string","enum":["celsius","fahrenheit"],"description":"The unit."}},"required":["unit"]}""").RootElement;
        var function = AIFunctionFactory.CreateDeclaration("get_weather", "Gets the weather", schema);

        var config = Agent().AddTool(function, "https://api.example.com/weather").Build();

        var parameter = config.Tools!.Single().Params!.Single();
        Assert.That((parameter.Type, parameter.Description, parameter.Required), Is.EqualTo(("string", "The unit. One of: celsius, fahrenheit.", true)));
    }

    [TestCase("""{"type":"object","properties":{"address":{"type":"object","properties":{"street":{"type":"string"}}}}}""", "address", "object")]
    [TestCase("""{"type":"object","properties":{"items":{"type":"array","items":{"type":"string"}}}}""", "items", "array")]
    [TestCase("""{"type":"object","properties":{"id":{"type":["string","integer"]}}}""", "id", "any of string, integer")]
    [TestCase("""{"type":"object","properties":{"id":{"anyOf":[{"type":"string"},{"type":"integer"}]}}}""", "id", "union")]
    public void AParameterTheApiCannotExpressIsRefusedNamingIt(string schema, string parameter, string what)
    {
        var function = AIFunctionFactory.CreateDeclaration("ship", "Ships an order", JsonDocument.Parse(schema).RootElement);

        var ex = Assert.Throws<NotSupportedException>(() => Agent().AddTool(function, "https://api.example.com/ship"));

        Assert.That(ex!.Message, Does.Contain("'ship'").And.Contain($"'{parameter}'").And.Contain(what).And.Contain("string, number or boolean"));
    }

    [Test]
    public void AParameterWithoutADescriptionIsReportedByBuild()
    {
        var function = AIFunctionFactory.Create((string id) => id, "lookup_order", "Finds an order");

        var ex = Assert.Throws<AgentConfigValidationException>(() => Agent().AddTool(function, "https://api.example.com/orders").Build());

        Assert.That(ex!.Message, Does.Contain("tools[0].params[0].description"));
    }

    [Test]
    public void AFunctionWithoutParametersBecomesAToolWithoutParams()
    {
        var config = Agent().AddTool(AIFunctionFactory.Create(() => "9 to 5", "opening_hours", "Says when the shop is open"), "https://api.example.com/hours").Build();

        Assert.That(config.Tools!.Single().Params, Is.Null);
    }

    [Test]
    public void ANullWebhookIsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => Agent().AddTool(AIFunctionFactory.Create(LookupOrder), null!));
    }
}
