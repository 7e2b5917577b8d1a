// build/install-test: calls the netstandard2.0 library against the local mock (MILLIS_BASE_URL); exit 1 if anything is missing.
var baseUrl = Environment.GetEnvironmentVariable("MILLIS_BASE_URL") ?? throw new InvalidOperationException("MILLIS_BASE_URL is not set");
var reply = await NetStandardLib.FrontDesk.AskAsync(new Uri(baseUrl), "Are you open on Sundays?");
if (string.IsNullOrEmpty(reply))
{
    Console.Error.WriteLine("no chat text received through the netstandard2.0 library");
    return 1;
}

Console.WriteLine("netstandard2.0 library, net8.0 app: " + reply);
return 0;
