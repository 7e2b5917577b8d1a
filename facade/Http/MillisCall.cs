using System.Net.Http;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Http;

/// <summary>
/// One attempt of one operation, handed to the generated raw client (NSwag's configuration class): what the request
/// needs (base URL, key, headers, serializer settings) and what the attempt observed (status, read problems).
/// </summary>
internal sealed class MillisCall
{
    public MillisCall(MillisPipeline pipeline, MillisOperation operation, int attempt, MillisRequestOptions? requestOptions = null)
    {
        Pipeline = pipeline;
        Operation = operation;
        Attempt = attempt;
        RequestOptions = requestOptions;
    }

    public MillisPipeline Pipeline { get; }

    public MillisOperation Operation { get; }

    public int Attempt { get; }

    public MillisRequestOptions? RequestOptions { get; }

    /// <summary>When following a same-origin redirect: the absolute URL to send to instead of the operation's path.</summary>
    public Uri? Target { get; init; }

    public HttpClient HttpClient => Pipeline.HttpClient;

    public JsonSerializerSettings JsonSettings => Pipeline.JsonSettings;

    public bool StrictResponses => Pipeline.Options.StrictResponses;

    /// <summary>The status the server answered with (before the raw client sees it); null until headers arrived.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Values of the response this attempt could not read (see <see cref="MillisReadProblem"/>).</summary>
    public List<MillisReadProblem> ReadProblems { get; } = [];
}
