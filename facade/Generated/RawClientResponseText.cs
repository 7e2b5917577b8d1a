// CUSTOM:
// - NSwag's raw clients deserialize declared error bodies (400 HTTPError, 422 HTTPValidationError) straight from the
//   stream unless ReadResponseAsString is set, and then hand MillisRawApiException an empty Response: FastAPI's
//   "detail" and the 422 entries were lost, and a 2xx body that did not fit its model looked empty (a GenericResponse
//   call then counted any such body as success). Reading bodies as text keeps them for ErrorTranslation.
namespace Millis.Generated;

internal partial class AgentsRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class CallLogsRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class CampaignsRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class ConversationalAIRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class KnowledgeBaseRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class PhonesRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class CallManagementRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class ConnectivityRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class UserRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}

internal partial class VoicesRawClient
{
    partial void Initialize() => ReadResponseAsString = true;
}
