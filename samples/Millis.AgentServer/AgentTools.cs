using System.ComponentModel;
using Millis.AspNetCore;

namespace Millis.AgentServer;

/// <summary>The tools of this agent, declared once: MapMillisTool serves them and the agent config declares them.</summary>
public static class AgentTools
{
    public static readonly MillisToolDefinition<LookupOrderArgs> LookupOrder =
        MillisToolDefinition.Create<LookupOrderArgs>("lookup_order", "Looks up an order by its id and tells its status.")
            .WithUrl("/millis/tools/lookup_order")
            .WithTimeout(10)
            .WithSecretHeader()
            .WithAgentSettings(t => t.Messages("One moment, let me check that order."));
}

public sealed class LookupOrderArgs
{
    [Description("The order id the caller gives, e.g. A-1001")]
    public string OrderId { get; set; } = "";

    [Description("Whether the caller asks for the delivery date too")]
    public bool? WantsDeliveryDate { get; set; }
}
