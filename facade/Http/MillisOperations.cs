namespace Millis.Http;

/// <summary>Every operation of the API with its retry class; OperationTableTests keeps it equal to the spec.</summary>
internal static class MillisOperations
{
    public static readonly MillisOperation AgentsList = new("AgentsList", "GET", "/agents", RetryClass.Idempotent);

    public static readonly MillisOperation AgentsCreate = new("AgentsCreate", "POST", "/agents", RetryClass.CreateOrDial);

    public static readonly MillisOperation AgentsGet = new("AgentsGet", "GET", "/agents/{agent_id}", RetryClass.Idempotent);

    public static readonly MillisOperation AgentsUpdate = new("AgentsUpdate", "PUT", "/agents/{agent_id}", RetryClass.Idempotent);

    public static readonly MillisOperation AgentsDelete = new("AgentsDelete", "DELETE", "/agents/{agent_id}", RetryClass.Idempotent);

    public static readonly MillisOperation AgentsListCallHistories = new("AgentsListCallHistories", "GET", "/agents/{agent_id}/call-histories", RetryClass.Idempotent);

    public static readonly MillisOperation AgentsDuplicate = new("AgentsDuplicate", "POST", "/agents/{agent_id}/duplicate", RetryClass.CreateOrDial);

    public static readonly MillisOperation AgentsSetEmbedConfig = new("AgentsSetEmbedConfig", "POST", "/agents/{agent_id}/embed", RetryClass.Idempotent);

    public static readonly MillisOperation CallLogsList = new("CallLogsList", "GET", "/call-logs", RetryClass.Idempotent);

    public static readonly MillisOperation CallLogsGet = new("CallLogsGet", "GET", "/call-logs/{session_id}", RetryClass.Idempotent);

    public static readonly MillisOperation CallLogsDeleteRecording = new("CallLogsDeleteRecording", "DELETE", "/call-logs/{session_id}/recording", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsCreate = new("CampaignsCreate", "POST", "/campaigns", RetryClass.CreateOrDial);

    public static readonly MillisOperation CampaignsList = new("CampaignsList", "GET", "/campaigns", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsGet = new("CampaignsGet", "GET", "/campaigns/{campaign_id}", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsDelete = new("CampaignsDelete", "DELETE", "/campaigns/{campaign_id}", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsEditInfo = new("CampaignsEditInfo", "PUT", "/campaigns/{campaign_id}/info", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsGetInfo = new("CampaignsGetInfo", "GET", "/campaigns/{campaign_id}/info", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsUploadRecords = new("CampaignsUploadRecords", "POST", "/campaigns/{campaign_id}/records", RetryClass.CreateOrDial);

    public static readonly MillisOperation CampaignsDeleteRecord = new("CampaignsDeleteRecord", "DELETE", "/campaigns/{campaign_id}/records/{phone}", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsSetCaller = new("CampaignsSetCaller", "POST", "/campaigns/{campaign_id}/set_caller", RetryClass.Idempotent);

    public static readonly MillisOperation CampaignsStart = new("CampaignsStart", "POST", "/campaigns/{campaign_id}/start", RetryClass.CreateOrDial);

    public static readonly MillisOperation CampaignsStop = new("CampaignsStop", "POST", "/campaigns/{campaign_id}/stop", RetryClass.Idempotent);

    public static readonly MillisOperation ChatCompletions = new("ChatCompletions", "POST", "/chat/completions", RetryClass.CreateOrDial);

    public static readonly MillisOperation KnowledgeCreateFile = new("KnowledgeCreateFile", "POST", "/knowledge/create_file", RetryClass.CreateOrDial);

    public static readonly MillisOperation KnowledgeDeleteFile = new("KnowledgeDeleteFile", "POST", "/knowledge/delete_file", RetryClass.Idempotent);

    public static readonly MillisOperation KnowledgeGeneratePresignedUrl = new("KnowledgeGeneratePresignedUrl", "POST", "/knowledge/generate_presigned_url", RetryClass.Idempotent);

    public static readonly MillisOperation KnowledgeListFiles = new("KnowledgeListFiles", "GET", "/knowledge/list_files", RetryClass.Idempotent);

    public static readonly MillisOperation KnowledgeSetAgentFiles = new("KnowledgeSetAgentFiles", "POST", "/knowledge/set_agent_files", RetryClass.Idempotent);

    public static readonly MillisOperation PhonesList = new("PhonesList", "GET", "/phones", RetryClass.Idempotent);

    public static readonly MillisOperation PhonesImport = new("PhonesImport", "POST", "/phones/import", RetryClass.CreateOrDial);

    public static readonly MillisOperation PhonesPurchase = new("PhonesPurchase", "POST", "/phones/purchase", RetryClass.CreateOrDial);

    public static readonly MillisOperation PhonesGet = new("PhonesGet", "GET", "/phones/{phone}", RetryClass.Idempotent);

    public static readonly MillisOperation PhonesDelete = new("PhonesDelete", "DELETE", "/phones/{phone}", RetryClass.Idempotent);

    public static readonly MillisOperation PhonesSetAgentConfigOverride = new("PhonesSetAgentConfigOverride", "POST", "/phones/{phone}/agent-config-override", RetryClass.Idempotent);

    public static readonly MillisOperation PhonesSetAgent = new("PhonesSetAgent", "POST", "/phones/{phone}/set_agent", RetryClass.Idempotent);

    public static readonly MillisOperation PhonesUpdateTags = new("PhonesUpdateTags", "PUT", "/phones/{phone}/tags", RetryClass.Idempotent);

    public static readonly MillisOperation CallsRegister = new("CallsRegister", "POST", "/register_call", RetryClass.CreateOrDial);

    public static readonly MillisOperation CallsRegisterSip = new("CallsRegisterSip", "POST", "/register_sip_call", RetryClass.CreateOrDial);

    public static readonly MillisOperation CallsTerminateSession = new("CallsTerminateSession", "POST", "/sessions/{session_id}/terminate", RetryClass.Idempotent);

    public static readonly MillisOperation CallsSetPhoneAgent = new("CallsSetPhoneAgent", "POST", "/set_phone_agent", RetryClass.Idempotent);

    public static readonly MillisOperation CallsCreateSip = new("CallsCreateSip", "POST", "/sip", RetryClass.CreateOrDial);

    public static readonly MillisOperation CallsDeleteSip = new("CallsDeleteSip", "DELETE", "/sip/{call_id}", RetryClass.Idempotent);

    public static readonly MillisOperation CallsStartOutbound = new("CallsStartOutbound", "POST", "/start_outbound_call", RetryClass.CreateOrDial);

    public static readonly MillisOperation UserGetInfo = new("UserGetInfo", "GET", "/user/info", RetryClass.Idempotent);

    public static readonly MillisOperation VoicesList = new("VoicesList", "GET", "/voices", RetryClass.Idempotent);

    public static readonly MillisOperation VoicesListCustom = new("VoicesListCustom", "GET", "/voices/custom", RetryClass.Idempotent);

    public static readonly MillisOperation CallsWebRtcOffer = new("CallsWebRtcOffer", "POST", "/webrtc/offer", RetryClass.CreateOrDial);

    public static IReadOnlyList<MillisOperation> All { get; } =
    [
        AgentsList,
        AgentsCreate,
        AgentsGet,
        AgentsUpdate,
        AgentsDelete,
        AgentsListCallHistories,
        AgentsDuplicate,
        AgentsSetEmbedConfig,
        CallLogsList,
        CallLogsGet,
        CallLogsDeleteRecording,
        CampaignsCreate,
        CampaignsList,
        CampaignsGet,
        CampaignsDelete,
        CampaignsEditInfo,
        CampaignsGetInfo,
        CampaignsUploadRecords,
        CampaignsDeleteRecord,
        CampaignsSetCaller,
        CampaignsStart,
        CampaignsStop,
        ChatCompletions,
        KnowledgeCreateFile,
        KnowledgeDeleteFile,
        KnowledgeGeneratePresignedUrl,
        KnowledgeListFiles,
        KnowledgeSetAgentFiles,
        PhonesList,
        PhonesImport,
        PhonesPurchase,
        PhonesGet,
        PhonesDelete,
        PhonesSetAgentConfigOverride,
        PhonesSetAgent,
        PhonesUpdateTags,
        CallsRegister,
        CallsRegisterSip,
        CallsTerminateSession,
        CallsSetPhoneAgent,
        CallsCreateSip,
        CallsDeleteSip,
        CallsStartOutbound,
        UserGetInfo,
        VoicesList,
        VoicesListCustom,
        CallsWebRtcOffer,
    ];
}
