using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace Millis.AspNetCore.Tests.Tools;

public sealed class LookupOrder
{
    [System.ComponentModel.Description("The order id, e.g. A-1")]
    public string OrderId { get; set; } = "";

    public int Quantity { get; set; }

    public bool? Express { get; set; }

    public string? Note { get; set; }
}

public sealed class Annotated
{
    [Required]
    public string? Code { get; set; }

    [JsonPropertyName("zipCode")]
    public string? Zip { get; set; }

    public required double Amount { get; init; }

    public DayOfWeek? Day { get; set; }
}

public sealed class Unsupported
{
    public List<string> Items { get; set; } = new();
}
