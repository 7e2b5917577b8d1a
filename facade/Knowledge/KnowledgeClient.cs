using Millis.Generated;
using Millis.Http;
using Millis.Models;

namespace Millis.Knowledge;

/// <summary>
/// Knowledge-base files. Reached through <see cref="MillisClient.Knowledge"/>. Upload flow: <see cref="GeneratePresignedUrlAsync"/>,
/// POST the file to the returned URL with its fields, then <see cref="CreateFileAsync"/> with the uploaded object key.
/// </summary>
/// <remarks>API reference: https://docs.millis.ai/api-reference/knowledge-base</remarks>
public class KnowledgeClient
{
    private readonly MillisPipeline _pipeline = null!;
    private readonly KnowledgeBaseRawClient _raw = null!;

    /// <summary>For mocking.</summary>
    protected KnowledgeClient()
    {
    }

    internal KnowledgeClient(MillisPipeline pipeline)
    {
        _pipeline = pipeline;
        _raw = new KnowledgeBaseRawClient(pipeline.HttpClient);
    }

    /// <summary>Registers an uploaded file (<c>POST /knowledge/create_file</c>). The response is undocumented, so it is returned as JSON.</summary>
    /// <remarks>Creates something, so it is retried only when the request never reached the server or on 429/503 with <c>Retry-After</c>.</remarks>
    /// <exception cref="ArgumentException">A required field is missing or the size is negative.</exception>
    public virtual Task<MillisResult> CreateFileAsync(CreateFileRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.NotBlank(request.ObjectKey, "request.ObjectKey", "object key returned by GeneratePresignedUrlAsync (fields[\"key\"])");
        Guard.NotBlank(request.Name, "request.Name", "file name");
        Guard.NotBlank(request.FileType, "request.FileType", "file type, e.g. text/plain or pdf");
        if (request.Size < 0)
        {
            throw new ArgumentOutOfRangeException("request.Size", request.Size, "request.Size must not be negative (bytes).");
        }

        return _pipeline.ExecuteUntypedAsync(MillisOperations.KnowledgeCreateFile, ct => _raw.CreateFileAsync(request, ct), cancellationToken);
    }

    /// <summary>Deletes a file (<c>POST /knowledge/delete_file</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileId"/> is blank.</exception>
    public virtual Task<MillisResult> DeleteFileAsync(string fileId, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(fileId, nameof(fileId), "file id");
        return _pipeline.ExecuteUntypedAsync(MillisOperations.KnowledgeDeleteFile, ct => _raw.DeleteFileAsync(new DeleteFileRequest { Id = fileId }, ct), cancellationToken);
    }

    /// <summary>Gets a presigned upload URL and form fields for a file (<c>POST /knowledge/generate_presigned_url</c>). Retried on transient failures.</summary>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is blank.</exception>
    public virtual Task<PresignedUrlResponse> GeneratePresignedUrlAsync(string fileName, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(fileName, nameof(fileName), "file name");
        return _pipeline.ExecuteAsync(MillisOperations.KnowledgeGeneratePresignedUrl, ct => _raw.GeneratePresignedUrlAsync(new PresignedUrlRequest { Filename = fileName }, ct), cancellationToken);
    }

    /// <summary>Lists the account's files (<c>GET /knowledge/list_files</c>; not paged). Retried on transient failures.</summary>
    public virtual Task<IReadOnlyList<KnowledgeFile>> ListFilesAsync(CancellationToken cancellationToken = default) =>
        _pipeline.ExecuteListAsync(MillisOperations.KnowledgeListFiles, ct => _raw.ListFilesAsync(ct), cancellationToken);

    /// <summary>
    /// Sets which files an agent searches, and what it says while searching (<c>POST /knowledge/set_agent_files</c>);
    /// replaces the previous set. Retried on transient failures.
    /// </summary>
    /// <exception cref="ArgumentException">A required argument is missing.</exception>
    public virtual Task<MillisResult> SetAgentFilesAsync(string agentId, IEnumerable<string> fileIds, IEnumerable<string>? searchingMessages = null, CancellationToken cancellationToken = default)
    {
        Guard.NotBlank(agentId, nameof(agentId), "agent id");
        var files = Guard.NotNull(fileIds, nameof(fileIds)).ToList();
        if (files.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("fileIds must not contain null or blank ids.", nameof(fileIds));
        }

        var request = new SetAgentFilesRequest { AgentId = agentId, Files = files, Messages = searchingMessages?.ToList() };
        return _pipeline.ExecuteUntypedAsync(MillisOperations.KnowledgeSetAgentFiles, ct => _raw.SetAgentFilesAsync(request, ct), cancellationToken);
    }
}
