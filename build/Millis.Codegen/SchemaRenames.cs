namespace Millis.Codegen;

/// <summary>One FastAPI schema name and the C# type name it becomes.</summary>
internal sealed record SchemaRename(string From, string To, string Why);

/// <summary>
/// The one table of schema renames. FastAPI names schemas after Python modules and splits models used in
/// requests and responses into <c>-Input</c>/<c>-Output</c> pairs; neither belongs in a C# type name.
/// Pairs that map to one name are merged only while their bodies are identical: the normalizer fails
/// the build when the vendor makes them differ, so the split is a visible decision, not an accident.
/// </summary>
internal static class SchemaRenames
{
    private const string InputOutputPair = "FastAPI's -Input/-Output split of one pydantic model; the two bodies are identical";

    public static IReadOnlyList<SchemaRename> All { get; } =
    [
        new("Agent-Input", "Agent", InputOutputPair),
        new("Agent-Output", "Agent", InputOutputPair),
        new("AgentConfig-Input", "AgentConfig", InputOutputPair),
        new("AgentConfig-Output", "AgentConfig", InputOutputPair),
        new("PartialAgentConfig-Input", "PartialAgentConfig", InputOutputPair),
        new("PartialAgentConfig-Output", "PartialAgentConfig", InputOutputPair),
        new("Flow-Input", "Flow", InputOutputPair),
        new("Flow-Output", "Flow", InputOutputPair),
        new("MillisFunction-Input", "MillisFunction", InputOutputPair),
        new("MillisFunction-Output", "MillisFunction", InputOutputPair),
        new("fast_api_data__data__Function", "AgentTool", "Module-qualified because two models are called Function; this one is an agent's webhook tool (AgentConfig.tools)"),
        new("Function-Output", "AgentTool", InputOutputPair + " (its -Input half is fast_api_data__data__Function)"),
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
