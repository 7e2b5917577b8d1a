using Millis;
using Millis.Prism;
using Millis.Probe;

// Usage: build/probe-live [--upstream URL]   (needs MILLIS_API_KEY; the upstream defaults to the US region)
var upstream = new Uri(args.Length == 2 && args[0] == "--upstream" ? args[1] : MillisRegion.UsWest.BaseUrl().AbsoluteUri);
var apiKey = Environment.GetEnvironmentVariable(MillisClientOptions.ApiKeyEnvironmentVariable);
if (string.IsNullOrEmpty(apiKey))
{
    Console.Error.WriteLine($"Set {MillisClientOptions.ApiKeyEnvironmentVariable} to probe {upstream} (a local fake upstream accepts any key).");
    return 2;
}

var root = Directory.GetCurrentDirectory();
await using var prism = await PrismProcess.StartProxyAsync(root, upstream);
Console.WriteLine($"Probing {upstream} through Prism's validating proxy {prism.BaseUrl}");
var findings = await LiveProbe.RunAsync(prism.BaseUrl, apiKey, Console.Out);
foreach (var finding in findings)
{
    Console.WriteLine("DRIFT " + finding);
}

Console.WriteLine(findings.Count == 0 ? "The live API agrees with spec/ on every probed call." : $"{findings.Count} disagreement(s) with spec/.");
return findings.Count == 0 ? 0 : 1;
