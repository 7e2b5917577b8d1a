using Microsoft.AspNetCore.Http;

namespace Millis.AspNetCore.Tests.Prefetch;

public class PrefetchRequestTests
{
    [Test]
    public void PlusSignOfARawNumberSurvivesPercentEncoding()
    {
        var request = PrefetchRequest.FromQuery(new QueryCollection(QueryHelpers("?from=%2B15555550100")));

        Assert.That(request.From, Is.EqualTo("+15555550100"));
    }

    [Test]
    public void ToStringLeavesOutPhoneNumbers()
    {
        var request = new PrefetchRequest { SessionId = "s-1", From = "+15555550100" };

        Assert.That(request.ToString(), Does.Contain("s-1").And.Not.Contain("5555550100"));
    }

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> QueryHelpers(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
}
