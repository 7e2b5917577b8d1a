namespace Millis.Http;

/// <summary>
/// The words for a call that got no answer: whether the request may have reached the server, and for an operation that
/// creates or dials, that the action may have happened and how to check. Never "could not reach the server" when it may have.
/// </summary>
internal static class CallOutcome
{
    public static string ConnectionMessage(string method, string path, int attempts, bool mayHaveReachedServer, string? hint, Exception inner)
    {
        var head = $"Millis API {method} {path}";
        return mayHaveReachedServer
            ? $"{head} failed after {attempts} attempt(s): the request was sent (or may have been) and the connection failed before an answer arrived{Consequence(hint)}: {inner.Message}"
            : $"{head} could not reach the server after {attempts} attempt(s); the request was never sent: {inner.Message}";
    }

    public static string TimeoutMessage(string method, string path, TimeSpan timeout, int attempts, bool mayHaveReachedServer, string? hint)
    {
        var head = $"Millis API {method} {path} timed out: each of {attempts} attempt(s) exceeded MillisClientOptions.Timeout ({timeout.TotalSeconds:0.###} s)";
        return mayHaveReachedServer
            ? $"{head}. The request was sent (or may have been) without an answer in time{Consequence(hint)}. Raise Timeout or check connectivity."
            : $"{head} before the request was sent. Raise Timeout or check connectivity.";
    }

    /// <summary>For an operation that creates or dials: what may have happened and how to check it; null for the others.</summary>
    public static string? HintFor(MillisOperation operation)
    {
        if (operation.Retry != RetryClass.CreateOrDial)
        {
            return null;
        }

        var (what, check) = operation.Name switch
        {
            "AgentsCreate" or "AgentsDuplicate" => ("the agent may have been created", "list the agents (client.Agents.ListAsync)"),
            "CampaignsCreate" => ("the campaign may have been created", "list the campaigns (client.Campaigns.ListAsync)"),
            "CampaignsUploadRecords" => ("the records may have been added", "read the campaign (client.Campaigns.GetInfoAsync)"),
            "CampaignsStart" => ("the campaign may have started dialling", "read the campaign (client.Campaigns.GetInfoAsync) and the call logs (client.CallLogs.ListAsync)"),
            "KnowledgeCreateFile" => ("the file may have been created", "list the files (client.Knowledge.ListFilesAsync)"),
            "PhonesImport" => ("the number may have been imported", "list the numbers (client.Phones.ListAsync)"),
            "PhonesPurchase" => ("the number may have been bought (and charged)", "list the numbers (client.Phones.ListAsync)"),
            "CallsStartOutbound" => ("the call may have been placed", "look for it in the call logs (client.CallLogs.ListAsync)"),
            "ChatCompletions" => ("a (billed) generation may have run", "nothing can be looked up; send again only if a second answer is acceptable"),
            _ => ("it may have been created or started", "look for it in the call logs (client.CallLogs.ListAsync) or the dashboard"),
        };
        return $"{what}. The SDK never resends it once sent, so it was not repeated; before trying again, {check}";
    }

    private static string Consequence(string? hint) =>
        hint is null ? "" : ", so the server may have acted on it: " + hint;
}
