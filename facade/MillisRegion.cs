namespace Millis;

/// <summary>The Millis API gateway a client talks to. Agents, numbers and call logs live in one region.</summary>
public enum MillisRegion
{
    /// <summary>US West, <c>https://api-west.millis.ai</c> (the default).</summary>
    UsWest = 0,

    /// <summary>EU West, <c>https://api-eu-west.millis.ai</c>.</summary>
    EuWest = 1,
}

/// <summary>Base URLs of the <see cref="MillisRegion"/> values.</summary>
public static class MillisRegionExtensions
{
    /// <summary>The HTTPS base URL of the region's API gateway.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> is not a defined value.</exception>
    public static Uri BaseUrl(this MillisRegion region) => region switch
    {
        MillisRegion.UsWest => new Uri("https://api-west.millis.ai/"),
        MillisRegion.EuWest => new Uri("https://api-eu-west.millis.ai/"),
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Use MillisRegion.UsWest or MillisRegion.EuWest."),
    };
}
