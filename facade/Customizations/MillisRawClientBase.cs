// CUSTOM:
// - The base class of every generated raw client (nswag.json: clientBaseClass, configurationClass = MillisCall,
//   generatePrepareRequestAndProcessResponseAsAsyncMethods). NSwag calls these members; they are the one place where a
//   request gets its base URL and credentials and a response body is read.
// - Requests are completed per call, so the caller's HttpClient is never changed (no BaseAddress, no default headers).
// - A 3xx with a Location is handed to the pipeline before NSwag reads it (facade/Http/Redirects.cs decides whether to
//   follow it); a followed redirect is sent to MillisCall.Target instead of the operation's path.
using System.Net;
using System.Net.Http;
using System.Text;
using Millis.Http;
using Millis.Serialization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Millis.Generated;

/// <summary>What every generated raw client builds on: request completion and tolerant body reading.</summary>
internal abstract class MillisRawClientBase
{
    protected MillisRawClientBase(MillisCall call) => Call = call;

    protected MillisCall Call { get; }

    /// <summary>NSwag calls this from its serializer-settings factory; the settings actually used come from <see cref="MillisCall"/>.</summary>
    protected static void UpdateJsonSerializerSettings(JsonSerializerSettings settings)
    {
        _ = settings;
    }

    /// <summary>Makes NSwag's relative path absolute against the client's base URL (or sends to a followed redirect's target).</summary>
    protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, StringBuilder urlBuilder, CancellationToken cancellationToken)
    {
        if (Call.Target is { } target)
        {
            urlBuilder.Clear().Append(target.AbsoluteUri);
        }
        else
        {
            urlBuilder.Insert(0, Call.Pipeline.BaseUrl);
        }

        return Task.CompletedTask;
    }

    /// <summary>Adds the key, the User-Agent and any per-call headers.</summary>
    protected Task PrepareRequestAsync(HttpClient client, HttpRequestMessage request, string url, CancellationToken cancellationToken)
    {
        Call.Pipeline.PrepareRequest(request, Call);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Records the status, then presents any 2xx as the 200 the spec declares: the spec lists only 200, and a 201 or 204
    /// with a readable body is success, not "status not expected" (the real status is logged and traced).
    /// </summary>
    protected Task ProcessResponseAsync(HttpClient client, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        Call.StatusCode = status;
        if (MillisRedirectSignal.For(response) is { } redirect)
        {
            throw redirect;
        }

        if (status is > 200 and < 300)
        {
            response.StatusCode = HttpStatusCode.OK;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Reads a body: a success into its model from the buffered characters (an odd value is kept raw and reported,
    /// or fails under StrictResponses); an error body as text, with its model when it fits; an untyped (<c>{}</c>)
    /// response as any JSON, or its text when it is not JSON.
    /// </summary>
    protected async Task<MillisBody<T>> ReadBodyAsync<T>(HttpResponseMessage response, IReadOnlyDictionary<string, IEnumerable<string>> headers, CancellationToken cancellationToken)
    {
        using var body = await CharBody.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        var status = Call.StatusCode ?? (int)response.StatusCode;
        if (typeof(T) == typeof(object))
        {
            return new MillisBody<T>((T?)(object?)Untyped(body), body.ToString());
        }

        if (status is < 200 or >= 300)
        {
            var text = body.ToString();
            try
            {
                return new MillisBody<T>(body.IsBlank() ? default : ResponseReader.Read<T>(body, Call.JsonSettings, strict: false, []), text);
            }
            catch (JsonException)
            {
                return new MillisBody<T>(default, text);
            }
        }

        if (body.IsBlank())
        {
            return new MillisBody<T>(default, "");
        }

        try
        {
            var value = ResponseReader.Read<T>(body, Call.JsonSettings, Call.StrictResponses, Call.ReadProblems);
            return new MillisBody<T>(value, value is null ? body.ToString() : "");
        }
        catch (JsonException exception)
        {
            throw new MillisRawApiException(UnexpectedBody.Describe(response, exception), status, body.ToString(), headers, exception);
        }
    }

    /// <summary>Any JSON as a token; a body that is not JSON (<c>Agent deleted</c>) as its text.</summary>
    private static JToken? Untyped(CharBody body)
    {
        if (body.IsBlank())
        {
            return null;
        }

        try
        {
            using var reader = new JsonTextReader(body.OpenReader()) { DateParseHandling = DateParseHandling.None, MaxDepth = 256 };
            var token = JToken.ReadFrom(reader);
            return reader.Read() ? new JValue(body.ToString()) : token;
        }
        catch (JsonException)
        {
            return new JValue(body.ToString());
        }
    }
}

/// <summary>A body as read: the value (default when absent or unreadable) and its text when the caller may need it.</summary>
internal readonly struct MillisBody<T>(T? value, string text)
{
    public T Value { get; } = value!;

    public string Text { get; } = text;
}
