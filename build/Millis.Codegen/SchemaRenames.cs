namespace Millis.Codegen;

/// <summary>One FastAPI schema name and the C# type name it becomes.</summary>
internal sealed record SchemaRename(string From, string To, string Why);

/// <summary>
/// The one table of schema renames: names FastAPI derives from Python modules, a misspelling, and clashes. The
/// <c>-Input</c>/<c>-Output</c> pairs need no rows: <c>Rules.InputOutputPairs</c> names them by rule. A
/// rename may produce such a suffix (<c>AgentTool-Input</c>) so the pair rule then treats it like any other pair.
/// </summary>
internal static class SchemaRenames
{
    public static IReadOnlyList<SchemaRename> All { get; } =
    [
        new("fast_api_data__data__Function", "AgentTool-Input", "Module-qualified because two models are called Function; this one is an agent's webhook tool (AgentConfig.tools), the -Input half of Function-Output"),
        new("Function-Output", "AgentTool-Output", "The -Output half of fast_api_data__data__Function; 'Function' alone would clash with the chat tool call's function"),
        new("fast_api_data__messages__Function", "ToolCallFunction", "Module-qualified; it is the function part of a chat ToolCall"),
        new("fast_api_data__agent__CallHistory", "AgentCallHistory", "Module-qualified; the call-history item returned by GET /agents/{agent_id}/call-histories"),
        new("fast_api_data__history__CallHistory", "CallLog", "Module-qualified; the call-log item of GET /call-logs and GET /call-logs/{session_id}"),
        new("fast_api_data__data__CallStatus", "CallStatus", "Module-qualified; the status of a call"),
        new("third_party_helpers__campaign_helper__CallStatus", "CampaignRecordStatus", "Module-qualified; the status of one campaign record, not of a call"),
        new("PaginatedCallHistoryResponse", "CallLogPage", "Its items are CallLog; a page of them reads better than a paginated call history"),
        new("PersistantSipCallData", "CreateSipRequest", "Misspelled (Persistant); it is the body of POST /sip"),
        new("FileInfo", "KnowledgeFile", "FileInfo clashes with System.IO.FileInfo, which most C# files import; it describes a knowledge-base file"),
        new("ResponseDelay", "ResponseDelayConfig", "The name ResponseDelay goes to the hand-written union integer | ResponseDelayConfig"),
    ];
}
