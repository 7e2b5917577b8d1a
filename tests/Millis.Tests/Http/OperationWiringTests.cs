using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Text.RegularExpressions;
using Millis.Http;
using Millis.Tests.TestSupport;

namespace Millis.Tests.Http;

/// <summary>
/// The wiring of every public operation method, checked by identity rather than by a list: the request it sends is
/// the operation it logs and traces, and it is retried as that operation's retry class says. Pointing a method at
/// another operation's plumbing (a dial at an idempotent entry) fails here.
/// </summary>
public class OperationWiringTests
{
    private static IEnumerable<MethodInfo> PublicOperationMethods() =>
        typeof(MillisClient).GetProperties()
            .Where(p => p.PropertyType.Name.EndsWith("Client", StringComparison.Ordinal) && p.PropertyType.Namespace?.StartsWith("Millis.", StringComparison.Ordinal) == true)
            .SelectMany(p => p.PropertyType.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal))
            .OrderBy(m => m.DeclaringType!.Name + "." + m.Name + m.GetParameters().Length);

    private static IEnumerable<TestCaseData> Methods() =>
        PublicOperationMethods().Select(m => new TestCaseData(m).SetArgDisplayNames($"{m.DeclaringType!.Name}.{m.Name}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name))})"));

    [TestCaseSource(nameof(Methods))]
    public async Task SendsTheOperationItLogsAndTraces_AndRetriesByItsClass(MethodInfo method)
    {
        var call = await CallAgainst(method, HttpStatusCode.ServiceUnavailable);

        var operation = MillisOperations.All.Single(o => o.Name == call.TracedOperation);
        Assert.Multiple(() =>
        {
            Assert.That(call.Requests.Select(r => r.Method.Method).Distinct(), Is.EqualTo(new[] { operation.Method }), "method sent vs operation traced");
            Assert.That(call.Requests.All(r => Matches(operation.Path, r.RequestUri!.AbsolutePath)), Is.True, $"path sent {call.Requests[0].RequestUri!.AbsolutePath} vs operation {operation.Path}");
            Assert.That(call.LoggedPaths.Distinct(), Is.EqualTo(new[] { operation.Path }), "path template logged");
            Assert.That(call.Requests.Count, Is.EqualTo(operation.Retry == RetryClass.Idempotent ? 2 : 1), $"attempts for a 503 without Retry-After ({operation.Retry})");
        });
    }

    [TestCaseSource(nameof(Methods))]
    public async Task AnErrorBodyReachesTheException(MethodInfo method)
    {
        var call = await CallAgainst(method, HttpStatusCode.BadRequest);

        Assert.That(call.Failure, Is.InstanceOf<MillisApiException>());
        Assert.That(((MillisApiException)call.Failure!).Detail, Is.EqualTo("bad " + call.TracedOperation));
    }

    [Test]
    public void EveryOperationOfTheSpecIsReachedByAPublicMethod()
    {
        var reached = PublicOperationMethods().Select(m => CallAgainst(m, HttpStatusCode.BadRequest).GetAwaiter().GetResult().TracedOperation).ToHashSet();

        Assert.That(MillisOperations.All.Select(o => o.Name).Where(n => !reached.Contains(n)), Is.Empty);
    }

    private static bool Matches(string template, string path) =>
        Regex.IsMatch(path, "^/" + string.Join("/", template.Trim('/').Split('/').Select(s => s.StartsWith('{') ? "[^/]+" : Regex.Escape(s))) + "$");

    private static async Task<Observed> CallAgainst(MethodInfo method, HttpStatusCode status)
    {
        var requests = new List<HttpRequestMessage>();
        var logs = new CapturingLoggerFactory();
        string? traced = null;
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Millis",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a => traced ??= a.GetTagItem("millis.operation") as string,
        };
        ActivitySource.AddActivityListener(listener);
        var handler = new Answer(requests, status);
        using var client = new MillisClient(new HttpClient(handler), new MillisClientOptions
        {
            ApiKey = "k",
            BaseUrl = new Uri("https://api.test/"),
            MaxRetries = 1,
            MaxRetryDelay = TimeSpan.Zero,
            LoggerFactory = logs,
        });
        var group = typeof(MillisClient).GetProperties().Single(p => p.PropertyType == method.DeclaringType).GetValue(client)!;
        Exception? failure = null;
        try
        {
            var result = method.Invoke(group, SampleArguments.For(method));
            switch (result)
            {
                case Task task:
                    await task;
                    break;
                case IAsyncEnumerable<object> items:
                    await foreach (var _ in items)
                    {
                        break;
                    }

                    break;
                default:
                    await DrainAsync(result);
                    break;
            }
        }
        catch (Exception ex)
        {
            failure = ex is TargetInvocationException { InnerException: { } inner } ? inner : ex;
        }

        Assert.That(requests, Is.Not.Empty, $"{method.Name} sent nothing; it failed with {failure}");
        Assert.That(traced, Is.Not.Null, "no trace span");
        var paths = logs.Entries.Where(e => e.EventId.Id is 1 or 2).Select(e => (string)e["PathTemplate"]!).ToList();
        return new Observed(requests, traced!, paths, failure);
    }

    /// <summary>Enumerates an IAsyncEnumerable of any element type (value types included) until its first item.</summary>
    private static async Task DrainAsync(object? sequence)
    {
        var asyncEnumerable = sequence?.GetType().GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        if (asyncEnumerable is null)
        {
            return;
        }

        var enumerator = asyncEnumerable.GetMethod("GetAsyncEnumerator")!.Invoke(sequence, [CancellationToken.None])!;
        var moveNext = (ValueTask<bool>)enumerator.GetType().GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerator<>))
            .GetMethod("MoveNextAsync")!.Invoke(enumerator, null)!;
        await moveNext;
    }

    private sealed record Observed(List<HttpRequestMessage> Requests, string TracedOperation, List<string> LoggedPaths, Exception? Failure);

    /// <summary>Answers every request with the status; a 400 carries FastAPI's detail naming the operation traced.</summary>
    private sealed class Answer(List<HttpRequestMessage> requests, HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Add(request);
            var body = status == HttpStatusCode.BadRequest ? $$"""{"detail":"bad {{Activity.Current?.GetTagItem("millis.operation")}}"}""" : """{"detail":"busy"}""";
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") });
        }
    }
}
