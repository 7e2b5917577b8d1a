using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;

namespace Millis;

/// <summary>
/// Settings of a <see cref="MillisClient"/>. Only <see cref="ApiKey"/> is required. The options are frozen once a
/// client is built from them: later changes throw instead of silently not applying.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MillisClientOptions
{
    /// <summary>The environment variable the parameterless <see cref="MillisClient()"/> constructor reads the key from.</summary>
    public const string ApiKeyEnvironmentVariable = "MILLIS_API_KEY";

    /// <summary>The configuration section <c>AddMillis(IConfiguration)</c> conventionally binds (<c>"Millis"</c>).</summary>
    public const string DefaultConfigurationSection = "Millis";

    private static readonly TimeSpan MinStreamTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxStreamTimeout = TimeSpan.FromHours(1);

    private string? _apiKey;
    private MillisRegion _region = MillisRegion.UsWest;
    private Uri? _baseUrl;
    private TimeSpan _timeout = TimeSpan.FromSeconds(60);
    private int _maxRetries = 2;
    private TimeSpan _maxRetryDelay = TimeSpan.FromSeconds(30);
    private ILoggerFactory? _loggerFactory;
    private TimeProvider _timeProvider = TimeProvider.System;
    private string? _applicationId;
    private bool _strictResponses;
    private TimeSpan _streamFirstEventTimeout = DefaultStreamFirstEventTimeout;
    private TimeSpan _streamIdleTimeout = DefaultStreamIdleTimeout;
    private bool _frozen;

    /// <summary>
    /// The private API key from the Millis dashboard, sent raw in the <c>authorization</c> header. Required.
    /// It never appears in logs, exception messages or <see cref="ToString"/>.
    /// </summary>
    public string? ApiKey { get => _apiKey; set => Set(ref _apiKey, value); }

    /// <summary>The API gateway to use (default <see cref="MillisRegion.UsWest"/>); ignored when <see cref="BaseUrl"/> is set.</summary>
    public MillisRegion Region { get => _region; set => Set(ref _region, value); }

    /// <summary>Overrides the region's URL, e.g. for a proxy or a local mock. Must be https unless the host is loopback.</summary>
    public Uri? BaseUrl { get => _baseUrl; set => Set(ref _baseUrl, value); }

    /// <summary>Time limit of one attempt (default 60 s); a retry gets a fresh limit. <see cref="Timeout.InfiniteTimeSpan"/> disables it.</summary>
    public TimeSpan Timeout { get => _timeout; set => Set(ref _timeout, value); }

    /// <summary>Retries after the first attempt (default 2, at most 10). 0 disables retries.</summary>
    public int MaxRetries { get => _maxRetries; set => Set(ref _maxRetries, value); }

    /// <summary>Longest wait between attempts, including a server's <c>Retry-After</c> (default 30 s).</summary>
    public TimeSpan MaxRetryDelay { get => _maxRetryDelay; set => Set(ref _maxRetryDelay, value); }

    /// <summary>Where request events are logged (method, path template, status, attempt, elapsed time; never bodies or the key).</summary>
    public ILoggerFactory? LoggerFactory { get => _loggerFactory; set => Set(ref _loggerFactory, value); }

    /// <summary>The clock used for retry delays, <c>Retry-After</c> dates and the chat stream limits; replace it in tests.</summary>
    public TimeProvider TimeProvider { get => _timeProvider; set => Set(ref _timeProvider, value ?? throw new ArgumentNullException(nameof(value))); }

    /// <summary>Optional application name added to the <c>User-Agent</c> header (letters, digits and <c>.-_</c> only).</summary>
    public string? ApplicationId { get => _applicationId; set => Set(ref _applicationId, value); }

    /// <summary>
    /// When true, a response value that does not fit its model (a wrong type, a required field missing or null) fails
    /// the call with <see cref="MillisApiException"/>. Default false: the call succeeds, the value is kept raw on the
    /// model (<see cref="Models.MillisModel.ReadProblems"/>) and one warning is logged. Turn it on in tests that pin the
    /// contract.
    /// </summary>
    public bool StrictResponses { get => _strictResponses; set => Set(ref _strictResponses, value); }

    // ---- Chat stream limits (issue 12 §1): how long a started stream may wait for data ---------------------------

    /// <summary>The default of <see cref="StreamFirstEventTimeout"/>: 30 seconds.</summary>
    public static readonly TimeSpan DefaultStreamFirstEventTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The default of <see cref="StreamIdleTimeout"/>: 15 seconds.</summary>
    public static readonly TimeSpan DefaultStreamIdleTimeout = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a chat stream (<c>client.Chat.StreamAsync</c>, <c>StreamTextAsync</c>, <c>CompleteAsync</c>) waits for its
    /// first event once the response headers have arrived (default 30 s; 10 ms to 1 hour, or
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> to wait for ever). When it passes, the connection is closed
    /// and the stream throws <see cref="MillisStreamTimeoutException"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Why 30 s: a healthy agent sends its first token within a second or two, and even a cold start with knowledge
    /// retrieval or a prefetch webhook rarely needs ten. A caller on the line hangs up long before 30 s of silence, so
    /// waiting longer only hides a stalled server. Before the headers, <see cref="Timeout"/> applies instead.
    /// </para>
    /// <para>
    /// Only events count (a block ending in a blank line, even one that carries nothing such as <c>data:</c>); SSE comment
    /// lines (<c>: keep-alive</c>) do not, so a server that only keeps the connection open still ends within the limit.
    /// The clock runs only while the SDK waits for the network, never while your code handles an event.
    /// In configuration write a TimeSpan, e.g. <c>"Millis": { "StreamFirstEventTimeout": "00:00:30" }</c> (a bare
    /// <c>"30"</c> would mean 30 days and is refused).
    /// </para>
    /// </remarks>
    public TimeSpan StreamFirstEventTimeout { get => _streamFirstEventTimeout; set => Set(ref _streamFirstEventTimeout, value); }

    /// <summary>
    /// How long a chat stream waits for each next event after the first (default 15 s; 10 ms to 1 hour, or
    /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> to wait for ever). When it passes, the connection is closed
    /// and the stream throws <see cref="MillisStreamTimeoutException"/>; the events already yielded stay yours.
    /// </summary>
    /// <remarks>
    /// Why 15 s: tokens of a streaming answer arrive milliseconds apart; the longest legitimate pause is the agent running
    /// a server-side tool webhook, which a voice agent keeps to a few seconds. 15 s is well past that and still short
    /// enough that a stalled answer fails while the caller is on the line. As for <see cref="StreamFirstEventTimeout"/>,
    /// comments do not count and the clock runs only while the SDK waits for the network. In configuration write a
    /// TimeSpan, e.g. <c>"00:00:15"</c>.
    /// </remarks>
    public TimeSpan StreamIdleTimeout { get => _streamIdleTimeout; set => Set(ref _streamIdleTimeout, value); }

    // ---- end of chat stream limits ------------------------------------------------------------------------------------

    /// <summary>The base URL requests go to: <see cref="BaseUrl"/> when set, else the region's.</summary>
    public Uri EffectiveBaseUrl
    {
        get
        {
            var url = BaseUrl ?? Region.BaseUrl();
            return url.AbsoluteUri.EndsWith("/", StringComparison.Ordinal) ? url : new Uri(url.AbsoluteUri + "/");
        }
    }

    /// <summary>Checks every setting and throws one exception naming the setting and the fix.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException(
                $"MillisClientOptions.ApiKey is required: pass your Millis private key, or set the environment variable {ApiKeyEnvironmentVariable} and use new MillisClient().",
                nameof(ApiKey));
        }

        if (BaseUrl is { } url)
        {
            if (!url.IsAbsoluteUri)
            {
                throw new ArgumentException($"MillisClientOptions.BaseUrl must be an absolute URL such as https://api-west.millis.ai; got '{url}'.", nameof(BaseUrl));
            }

            if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)))
            {
                throw new ArgumentException(
                    $"MillisClientOptions.BaseUrl must use https (the API key travels in a header); plain http is allowed only for a loopback host such as http://127.0.0.1. Got '{url.GetLeftPart(UriPartial.Authority)}'.",
                    nameof(BaseUrl));
            }
        }

        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentException($"MillisClientOptions.Timeout must be positive or Timeout.InfiniteTimeSpan; got {Timeout}.", nameof(Timeout));
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentException($"MillisClientOptions.MaxRetries must be between 0 and 10; got {MaxRetries}.", nameof(MaxRetries));
        }

        if (MaxRetryDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"MillisClientOptions.MaxRetryDelay must not be negative; got {MaxRetryDelay}.", nameof(MaxRetryDelay));
        }

        ValidateStreamTimeout(StreamFirstEventTimeout, nameof(StreamFirstEventTimeout), DefaultStreamFirstEventTimeout);
        ValidateStreamTimeout(StreamIdleTimeout, nameof(StreamIdleTimeout), DefaultStreamIdleTimeout);

        if (ApplicationId is { } id && (id.Length == 0 || id.Any(c => !(char.IsLetterOrDigit(c) || c is '.' or '-' or '_'))))
        {
            throw new ArgumentException("MillisClientOptions.ApplicationId may contain only letters, digits, '.', '-' and '_'.", nameof(ApplicationId));
        }
    }

    /// <summary>A copy that is not frozen, with the same settings.</summary>
    public MillisClientOptions Clone() => new()
    {
        ApiKey = ApiKey,
        Region = Region,
        BaseUrl = BaseUrl,
        Timeout = Timeout,
        MaxRetries = MaxRetries,
        MaxRetryDelay = MaxRetryDelay,
        LoggerFactory = LoggerFactory,
        TimeProvider = TimeProvider,
        ApplicationId = ApplicationId,
        StrictResponses = StrictResponses,
        StreamFirstEventTimeout = StreamFirstEventTimeout,
        StreamIdleTimeout = StreamIdleTimeout,
    };

    /// <summary>The settings with the key redacted.</summary>
    public override string ToString() =>
        $"MillisClientOptions {{ ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, BaseUrl = {EffectiveBaseUrl}, Timeout = {Timeout}, MaxRetries = {MaxRetries} }}";

    internal void Freeze() => _frozen = true;

    private static void ValidateStreamTimeout(TimeSpan value, string name, TimeSpan defaultValue)
    {
        if (value == System.Threading.Timeout.InfiniteTimeSpan || (value >= MinStreamTimeout && value <= MaxStreamTimeout))
        {
            return;
        }

        throw new ArgumentException(
            $"MillisClientOptions.{name} must be between 10 ms and 1 hour, or Timeout.InfiniteTimeSpan to wait for ever; got {value}. " +
            $"In configuration write a TimeSpan such as \"{defaultValue:c}\" ({defaultValue.TotalSeconds:0} s); a bare number means days.",
            name);
    }

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    private void Set<T>(ref T field, T value)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("MillisClientOptions cannot change after a MillisClient was built from them; use Clone() to derive new options.");
        }

        field = value;
    }
}
