namespace Millis.AgentServer;

/// <summary>A stand-in for your own data: a few orders and customers in memory.</summary>
public sealed class OrderBook
{
    private static readonly Dictionary<string, (string Status, string Delivery)> Orders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A-1001"] = ("shipped", "Thursday"),
        ["A-1002"] = ("being packed", "next Monday"),
    };

    public object Find(string orderId, bool wantsDeliveryDate) =>
        Orders.TryGetValue(orderId, out var order)
            ? new { found = true, order_id = orderId, status = order.Status, delivery = wantsDeliveryDate ? order.Delivery : null }
            : new { found = false, order_id = orderId, status = "unknown", delivery = (string?)null };

    public string? CustomerNameFor(string? customerId) => customerId switch
    {
        "C-42" => "Ada",
        "C-43" => "Grace",
        _ => null,
    };
}
