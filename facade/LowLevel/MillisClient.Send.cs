using System.Net.Http;
using System.Text;
using Millis.Generated;
using Millis.Http;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis;

// The low-level call: any operation through the pipeline of the typed methods.
public partial class MillisClient
{
    /// <summary>
    /// Sends any request to the API through the SDK's pipeline (key, User-Agent, retries by retry class, per-attempt
    /// timeout, typed errors, logs, traces). An operation of the spec keeps its retry class; an unknown GET, PUT or
    /// DELETE is retried like the others, an unknown POST or PATCH is never repeated once it may have reached the server.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call, retries and waits included.</param>
    /// <returns>The 2xx response; read its body with <see cref="MillisResponse.As{T}"/>.</returns>
    /// <exception cref="ArgumentException">A path parameter of the template was not given.</exception>
    /// <exception cref="MillisApiException">The API answered with an error status.</exception>
    public virtual Task<MillisResponse> SendAsync(MillisRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        var missing = System.Text.RegularExpressions.Regex.Matches(request.PathTemplate, @"\{([^}]+)\}").Cast<System.Text.RegularExpressions.Match>()
            .Select(m => m.Groups[1].Value).Where(n => !request.PathParameters.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"{request}: set the path parameter(s) {string.Join(", ", missing)} with WithPathParameter.", nameof(request));
        }

        var body = Body(request);
        var operation = MillisOperations.Find(request.Method.Method, request.PathTemplate) ?? Unknown(request);
        return Pipeline.ExecuteAsync(operation, (call, ct) => SendOnceAsync(request, body, call, ct), cancellationToken, new MillisRequestOptions(request.Headers));
    }

    /// <summary>Sends any request (see <see cref="SendAsync(MillisRequest, CancellationToken)"/>) and reads the body as <typeparamref name="T"/>.</summary>
    /// <exception cref="MillisApiException">The API answered with an error status, or a 2xx whose body is not JSON.</exception>
    public virtual async Task<T?> SendAsync<T>(MillisRequest request, CancellationToken cancellationToken = default)
    {
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.As<T>();
    }

    private static MillisOperation Unknown(MillisRequest request) => new(
        "Unlisted",
        request.Method.Method,
        request.PathTemplate,
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Put || request.Method == HttpMethod.Delete || request.Method == HttpMethod.Head
            ? RetryClass.Idempotent
            : RetryClass.CreateOrDial);

    /// <summary>The body text, with any extra fields merged into its JSON object.</summary>
    private static string? Body(MillisRequest request)
    {
        if (request.Body is null && request.BodyFields.Count == 0)
        {
            return null;
        }

        var token = request.Body is null ? new JObject() : JToken.FromObject(request.Body, JsonSerializer.Create(MillisJson.Settings));
        if (request.BodyFields.Count > 0)
        {
            if (token is not JObject obj)
            {
                throw new ArgumentException($"{request}: WithBodyField needs a JSON object body; the body is {token.Type}.", nameof(request));
            }

            foreach (var field in request.BodyFields)
            {
                obj[field.Key] = field.Value as JToken ?? JToken.FromObject(field.Value!, JsonSerializer.Create(MillisJson.Settings));
            }
        }

        return token.ToString(Formatting.None);
    }

    private async Task<MillisResponse> SendOnceAsync(MillisRequest request, string? body, MillisCall call, CancellationToken cancellationToken)
    {
        var url = new StringBuilder(Pipeline.BaseUrl.TrimEnd('/'));
        var path = request.PathTemplate;
        foreach (var parameter in request.PathParameters)
        {
            path = path.Replace("{" + parameter.Key + "}", Uri.EscapeDataString(parameter.Value));
        }

        url.Append(path);
        for (var i = 0; i < request.Query.Count; i++)
        {
            url.Append(i == 0 ? '?' : '&').Append(Uri.EscapeDataString(request.Query[i].Key)).Append('=').Append(Uri.EscapeDataString(request.Query[i].Value));
        }

        using var message = new HttpRequestMessage(request.Method, new Uri(url.ToString()));
        message.Headers.Accept.ParseAdd("application/json");
        if (body is not null)
        {
            message.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        Pipeline.PrepareRequest(message, call);
        using var response = await Pipeline.HttpClient.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        call.StatusCode = status;
        var headers = response.Headers.Concat(response.Content.Headers).GroupBy(h => h.Key).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        using var text = await CharBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        if (status is < 200 or >= 300)
        {
            throw new MillisRawApiException("The HTTP status code of the response was not expected (" + status + ").", status, text.ToString(), headers, null);
        }

        return new MillisResponse(status, headers, text.ToString());
    }
}
