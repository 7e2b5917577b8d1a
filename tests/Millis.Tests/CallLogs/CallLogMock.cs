using Millis.Models;
using RichardSzalay.MockHttp;

namespace Millis.Tests.CallLogs;

/// <summary>What the call-log paging tests share: the URL they mock, a client over the mock, and the ids a walk yields.</summary>
internal static class CallLogMock
{
    public const string Url = "http://127.0.0.1/call-logs";

    public static MillisClient CreateClient(MockHttpMessageHandler mock) =>
        new(mock.ToHttpClient(), new MillisClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1/"), MaxRetries = 0 });

    public static async Task<List<string?>> SessionIds(IAsyncEnumerable<CallLog> logs)
    {
        var ids = new List<string?>();
        await foreach (var log in logs)
        {
            ids.Add(log.SessionId);
        }

        return ids;
    }
}
