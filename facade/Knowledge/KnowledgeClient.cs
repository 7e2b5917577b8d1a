using Millis.Models;

namespace Millis.Knowledge;

// Conveniences over the generated plumbing (generated/Millis.Resources.g.cs holds the rest of this class).
public partial class KnowledgeClient
{
    /// <summary>Sets which knowledge files an agent uses (<c>POST /knowledge/set_agent_files</c>). Retried on transient failures.</summary>
    /// <param name="agentId">The agent's id.</param>
    /// <param name="fileIds">The file ids; they replace the agent's list.</param>
    /// <param name="searchingMessages">What the agent says while searching; unset when null.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <exception cref="ArgumentException">An id is blank.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task<MillisResult> SetAgentFilesAsync(string agentId, IEnumerable<string> fileIds, IEnumerable<string>? searchingMessages = null, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        var files = Guard.NotNull(fileIds, nameof(fileIds)).ToList();
        if (files.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("fileIds must not contain null or blank ids.", nameof(fileIds));
        }

        var request = new SetAgentFilesRequest { AgentId = agentId, Files = files };
        if (searchingMessages is not null)
        {
            request.Messages = searchingMessages.ToList();
        }

        return SetAgentFilesCoreAsync(request: request, cancellationToken: cancellationToken);
    }
}
