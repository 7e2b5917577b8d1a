using System.Diagnostics;
using System.Net.Http;
using Millis.Generated;
using Millis.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;

namespace Millis.Http;

/// <summary>
/// Runs every facade call: per-attempt timeout, retries by the operation's <see cref="RetryClass"/> (exponential
/// backoff with jitter, honouring <c>Retry-After</c>, capped), one log event per attempt, one trace span per call,
/// and translation of the generated clients' errors into the public exception types.
/// </summary>
internal sealed partial class MillisPipeline
{
    private readonly MillisClientOptions _options;
    private readonly ILogger _logger;
    private readonly AttemptLoop.Policy<CallState> _idempotent;
    private readonly AttemptLoop.Policy<CallState> _createOrDial;
    private readonly string _userAgent;

    public MillisPipeline(HttpClient httpClient, MillisClientOptions options)
    {
        HttpClient = httpClient;
        _options = options;
        BaseUrl = options.EffectiveBaseUrl.AbsoluteUri;
        _userAgent = MillisDiagnostics.UserAgent(options.ApplicationId);
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Millis.MillisClient");
        _idempotent = Build(RetryClass.Idempotent);
        _createOrDial = Build(RetryClass.CreateOrDial);
    }

    public HttpClient HttpClient { get; }

    public MillisClientOptions Options => _options;

    /// <summary>The base URL with a trailing slash; generated paths are relative to it.</summary>
    public string BaseUrl { get; }

    public JsonSerializerSettings JsonSettings => MillisJson.Settings;

    /// <summary>Completes a request per call (the HttpClient is shared and never changed): key, User-Agent, extra headers.</summary>
    public void PrepareRequest(HttpRequestMessage request, MillisCall call)
    {
        // Millis expects the key raw, without a Bearer scheme.
        request.Headers.TryAddWithoutValidation("authorization", _options.ApiKey);
        request.Headers.TryAddWithoutValidation("User-Agent", _userAgent);
        if (call.RequestOptions is { } extras)
        {
            foreach (var header in extras.Headers)
            {
                if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value) && request.Content is { } content)
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }
        }
    }

    public async Task<T> ExecuteAsync<T>(MillisOperation operation, Func<MillisCall, CancellationToken, Task<T>> call, CancellationToken cancellationToken, MillisRequestOptions? requestOptions = null)
    {
        using var activity = MillisDiagnostics.StartActivity(operation);
        var state = new CallState();
        var policy = operation.Retry == RetryClass.Idempotent ? _idempotent : _createOrDial;
        try
        {
            return await AttemptLoop.RunAsync(
                async (_, ct) =>
                {
                    state.Attempt++;
                    var started = Stopwatch.GetTimestamp();
                    Uri? target = null;
                    for (var hop = 0; ; hop++)
                    {
                        // One wire per request: the transport refuses a second send of it (see MillisTransport).
                        var wire = AttemptWire.Begin();
                        state.Wire = wire;
                        var attemptCall = new MillisCall(this, operation, state.Attempt, requestOptions) { Target = target };
                        try
                        {
                            var result = await call(attemptCall, ct).ConfigureAwait(false);
                            LogAttempt(operation, state.Attempt, attemptCall.StatusCode ?? 200, started, null);
                            if (attemptCall.ReadProblems.Count > 0)
                            {
                                LogReadProblems(operation.Method, operation.Path, attemptCall.ReadProblems.Count, Summary(attemptCall.ReadProblems));
                            }

                            return result;
                        }
                        catch (MillisRedirectSignal redirect)
                        {
                            LogAttempt(operation, state.Attempt, redirect.StatusCode, started, null);
                            target = Redirects.Follow(operation, redirect, hop);
                            started = Stopwatch.GetTimestamp();
                        }
                        catch (MillisRawApiException ex)
                        {
                            LogAttempt(operation, state.Attempt, attemptCall.StatusCode ?? ex.StatusCode, started, null);
                            if (attemptCall.StatusCode is { } real && real != ex.StatusCode)
                            {
                                throw ex.WithStatus(real);
                            }

                            throw;
                        }
                        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                        {
                            LogAttempt(operation, state.Attempt, 0, started, ex.GetType().Name);
                            state.MayHaveReachedServer |= AttemptWire.MayHaveReachedServer(wire, ex);
                            throw;
                        }
                    }
                },
                state,
                policy,
                cancellationToken).ConfigureAwait(false);
        }
        catch (MillisRawApiException ex)
        {
            var translated = ErrorTranslation.Translate(ex, operation, _options.ApiKey, _options.TimeProvider);
            MillisDiagnostics.Fail(activity, ex.StatusCode, translated.GetType().Name);
            throw translated;
        }
        catch (MillisRedirectException ex)
        {
            MillisDiagnostics.Fail(activity, ex.StatusCode, nameof(MillisRedirectException));
            throw;
        }
        catch (AttemptTimeoutException ex) when (!cancellationToken.IsCancellationRequested)
        {
            MillisDiagnostics.Fail(activity, null, nameof(MillisTimeoutException));
            var message = CallOutcome.TimeoutMessage(operation.Method, operation.Path, _options.Timeout, state.Attempt, state.MayHaveReachedServer, CallOutcome.HintFor(operation));
            throw new MillisTimeoutException(message, _options.Timeout, state.Attempt, state.MayHaveReachedServer, ex);
        }
        catch (HttpRequestException ex)
        {
            MillisDiagnostics.Fail(activity, null, nameof(MillisConnectionException));
            var message = CallOutcome.ConnectionMessage(operation.Method, operation.Path, state.Attempt, state.MayHaveReachedServer, CallOutcome.HintFor(operation), ex);
            throw new MillisConnectionException(message, state.Attempt, state.MayHaveReachedServer, ex);
        }
        finally
        {
            activity?.SetTag("http.request.resend_count", state.Attempt - 1);
        }
    }

    private AttemptLoop.Policy<CallState> Build(RetryClass retryClass) => new(
        _options,
        (failure, state) => RetryDecision.ShouldRetry(retryClass, failure, state.Wire, _options.TimeProvider, _options.MaxRetryDelay),
        (retry, failure) => RetryDecision.Delay(
            retry,
            failure is MillisRawApiException raw ? ErrorTranslation.RetryAfter(raw.Headers, _options.TimeProvider) : null,
            _options.MaxRetryDelay),
        (nextAttempt, delay, failure) => LogRetry(nextAttempt, delay.TotalMilliseconds, failure.GetType().Name));

    private void LogAttempt(MillisOperation operation, int attempt, int status, long started, string? failure)
    {
        var elapsedMs = (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;
        if (failure is null)
        {
            LogResponse(operation.Method, operation.Path, status, attempt, elapsedMs);
        }
        else
        {
            LogFailure(operation.Method, operation.Path, failure, attempt, elapsedMs);
        }
    }

    /// <summary>Where and what, never the values (they may hold personal data).</summary>
    private static string Summary(List<Models.MillisReadProblem> problems) =>
        string.Join("; ", problems.Take(5).Select(p => $"{(p.Path.Length == 0 ? "(body)" : p.Path)}: expected {p.Expected}")) + (problems.Count > 5 ? $"; and {problems.Count - 5} more" : "");

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Millis {Method} {PathTemplate}: {Count} response value(s) did not fit the model and were kept raw: {Problems}")]
    private partial void LogReadProblems(string method, string pathTemplate, int count, string problems);

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Millis {Method} {PathTemplate} -> {StatusCode} (attempt {Attempt}, {ElapsedMs:0.0} ms)")]
    private partial void LogResponse(string method, string pathTemplate, int statusCode, int attempt, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Millis {Method} {PathTemplate} failed: {Failure} (attempt {Attempt}, {ElapsedMs:0.0} ms)")]
    private partial void LogFailure(string method, string pathTemplate, string failure, int attempt, double elapsedMs);

    /// <summary>What one call learnt across its attempts (shared with the retry decision).</summary>
    internal sealed class CallState
    {
        public int Attempt { get; set; }

        /// <summary>The transport's view of the latest request.</summary>
        public AttemptWire? Wire { get; set; }

        /// <summary>True once any failed attempt's request may have reached the server.</summary>
        public bool MayHaveReachedServer { get; set; }
    }

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Millis retrying: attempt {NextAttempt} in {DelayMs:0} ms after {Failure}")]
    private partial void LogRetry(int nextAttempt, double delayMs, string failure);
}
