using Millis.Http;
using Newtonsoft.Json.Linq;

namespace Millis.Tests.Http;

public class OperationTableTests
{
    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "patch"];

    private static readonly (string Method, string Path)[] CreatesOrDials =
    [
        ("POST", "/agents"),
        ("POST", "/agents/{agent_id}/duplicate"),
        ("POST", "/phones/purchase"),
        ("POST", "/phones/import"),
        ("POST", "/start_outbound_call"),
        ("POST", "/register_call"),
        ("POST", "/register_sip_call"),
        ("POST", "/campaigns"),
        ("POST", "/campaigns/{campaign_id}/start"),
        ("POST", "/campaigns/{campaign_id}/records"),
        ("POST", "/sip"),
        ("POST", "/webrtc/offer"),
        ("POST", "/chat/completions"),
        ("POST", "/knowledge/create_file"),
    ];

    private static List<(string Method, string Path)> SpecOperations() =>
        ((JObject)RepoFiles.Spec()["paths"]!).Properties()
            .SelectMany(p => ((JObject)p.Value).Properties().Where(m => HttpMethods.Contains(m.Name)).Select(m => (m.Name.ToUpperInvariant(), p.Name)))
            .ToList();

    [Test]
    public void Table_HasExactlyOneEntryPerOperationOfTheSpec()
    {
        var table = MillisOperations.All.Select(o => (o.Method, o.Path)).ToList();

        Assert.That(table, Is.Unique);
        Assert.That(table, Is.EquivalentTo(SpecOperations()));
    }

    [Test]
    public void Table_NamesAreUnique()
    {
        Assert.That(MillisOperations.All.Select(o => o.Name), Is.Unique);
    }

    [Test]
    public void EveryPostThatCreatesOrDials_IsCreateOrDial()
    {
        var wrong = CreatesOrDials
            .Select(k => MillisOperations.All.Single(o => o.Method == k.Method && o.Path == k.Path))
            .Where(o => o.Retry != RetryClass.CreateOrDial)
            .Select(o => $"{o.Method} {o.Path}")
            .ToList();

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void EveryGetPutAndDelete_IsIdempotent()
    {
        var wrong = MillisOperations.All.Where(o => o.Method != "POST" && o.Retry != RetryClass.Idempotent).Select(o => $"{o.Method} {o.Path}");

        Assert.That(wrong, Is.Empty);
    }

    // Conveniences built on top of an operation that already has its own method; anything else must be one operation.
    private static readonly string[] ConvenienceMethods =
    [
        "AgentsClient.UpdateAsync(String, String, PartialAgentConfig, CancellationToken)",
        "ChatClient.StreamAsync(ChatRequest, CancellationToken)",
        "ChatClient.StreamTextAsync(ChatRequest, CancellationToken)",
        "ChatClient.CompleteAsync(ChatRequest, CancellationToken)",
        "CallLogsClient.ListAllAsync(CallLogFilter, CallLogCursor, CancellationToken)",
        "CallLogsClient.ListPagesAsync(CallLogFilter, CallLogCursor, CancellationToken)",
    ];

    [Test]
    public void EveryPublicFacadeMethodBesidesTheNamedConveniences_IsOneOperationOfTheSpec()
    {
        var clients = typeof(MillisClient).GetProperties().Where(p => p.PropertyType.Namespace?.StartsWith("Millis.", StringComparison.Ordinal) == true && p.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal));
        var methods = clients.SelectMany(p => p.PropertyType.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})")
            .ToList();

        Assert.That(methods.Except(ConvenienceMethods).Count(), Is.EqualTo(MillisOperations.All.Count).And.EqualTo(SpecOperations().Count));
    }
}
