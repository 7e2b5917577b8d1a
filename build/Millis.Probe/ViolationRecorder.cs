using Newtonsoft.Json.Linq;

namespace Millis.Probe;

/// <summary>Collects Prism's <c>sl-violations</c> response header (what the upstream sent that disagrees with spec/).</summary>
internal sealed class ViolationRecorder : DelegatingHandler
{
    private readonly List<string> _findings = [];

    public ViolationRecorder()
        : base(new HttpClientHandler())
    {
    }

    /// <summary>The operation whose calls are being recorded.</summary>
    public string CurrentCall { get; set; } = "";

    public IReadOnlyList<string> Findings => _findings;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Headers.TryGetValues("sl-violations", out var values))
        {
            foreach (var value in values)
            {
                _findings.AddRange(Describe(CurrentCall, value));
            }
        }

        return response;
    }

    /// <summary>Turns Prism's violation JSON into lines such as <c>GET /phones: [0].create_at: must be number</c>.</summary>
    internal static IEnumerable<string> Describe(string call, string header)
    {
        JArray violations;
        try
        {
            violations = JArray.Parse(header);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [$"{call}: {header}"];
        }

        return violations.OfType<JObject>().Select(v =>
        {
            var location = (v["location"] as JArray)?.Select(t => (string?)t ?? "").ToList() ?? [];
            var side = location.FirstOrDefault() ?? "?";
            var path = string.Concat(location.SkipWhile(l => l is "response" or "request" or "body" or "header" or "query" or "path").Select(l => int.TryParse(l, out _) ? $"[{l}]" : "." + l)).TrimStart('.');
            return $"{call}: {side} {(path.Length == 0 ? "(whole body)" : path)}: {(string?)v["message"]}";
        });
    }
}
