using Millis.Agents;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Tests.Snippets;

/// <summary>Code shown in the README, kept compiling and correct here.</summary>
public class ReadmeSnippets
{
    [Test]
    public void AgentConfigBuilderSnippet()
    {
        // --- README: agent config builder ---
        AgentConfig config = new AgentConfigBuilder()
            .WithPrompt("You are the front desk of Acme Dental.")
            .WithFirstMessage("Hi! How can I help?")
            .WithVoice(Voice.ElevenLabs("21m00Tcm4TlvDq8ikWAM").Model("eleven_turbo_v2_5"))
            .WithLlm(LLMProvider.Gpt4o, temperature: 0.3)
            .Flow(f => f
                .AllowInterruptions()
                .TransferTo("+15551234567", "sales")
                .OnVoicemailLeaveMessage("Please call us back."))
            .AddTool(t => t
                .Named("lookup_order")
                .Description("Finds an order by id")
                .Webhook("https://api.example.com/orders")
                .Parameter("id", "string", "Order id", required: true))
            .Build();   // throws AgentConfigValidationException listing every problem

        // Update only what changed; Clear sends an explicit null.
        AgentUpdate update = new PartialAgentConfigBuilder()
            .WithPrompt("New instructions")
            .Clear(AgentField.FirstMessage)
            .BuildUpdate("Front desk");
        // --- end ---

        Assert.That(config.Flow!.CallTransfer!.Phones![0].Phone, Is.EqualTo("+15551234567"));
        Assert.That(config.Tools!.Single().Params!.Single().Required, Is.True);
        Assert.That(JsonConvert.SerializeObject(update),
            Is.EqualTo("{\"name\":\"Front desk\",\"config\":{\"prompt\":\"New instructions\",\"first_message\":null}}"));
    }

    [Test]
    public void ValidationSnippet()
    {
        // --- README: validation ---
        try
        {
            new AgentConfigBuilder()
                .WithPrompt("...")
                .WithVoice(Voice.OpenAI("alloy"))
                .Flow(f => f.TransferTo("555-1234"))
                .Build();
        }
        catch (AgentConfigValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                Console.WriteLine(problem);   // flow.call_transfer.phones[0].phone: "555-1234" is not E.164 (+15551234567)
            }
        }
        // --- end ---

        var thrown = Assert.Throws<AgentConfigValidationException>(() =>
            new AgentConfigBuilder().WithPrompt("...").WithVoice(Voice.OpenAI("alloy")).Flow(f => f.TransferTo("555-1234")).Build())!;
        Assert.That(thrown.Problems.Single().ToString(), Is.EqualTo("flow.call_transfer.phones[0].phone: \"555-1234\" is not E.164 (+15551234567)"));
    }
}
