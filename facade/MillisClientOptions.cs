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

    /// <summary>
    /// The environment variable the parameterless <see cref="MillisClient()"/> constructor reads <see cref="BaseUrl"/>
    /// from when it is set (e.g. by <c>build/with-mock</c>, which points it at the local mock).
    /// </summary>
    public const string BaseUrlEnvironmentVariable = "MILLIS_BASE_URL";

    /// <summary>The configuration section <c>AddMillis(IConfiguration)</c> conventionally binds (<c>"Millis"</c>).</summary>
    public const string DefaultConfigurationSection = "Millis";

    /// <summary>The options <see cref="MillisClient()"/> uses: the key and, when set, the base URL from the environment.</summary>
    internal static MillisClientOptions FromEnvironment()
    {
        var options = new MillisClientOptions { ApiKey = Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable) };
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            options.BaseUrl = Uri.TryCreate(baseUrl!.Trim(), UriKind.Absolute, out var url)
                ? url
                : throw new ArgumentException($"The environment variable {BaseUrlEnvironmentVariable} must be an absolute URL such as https://api-west.millis.ai; got '{baseUrl}'. Unset it to use the region's URL.", nameof(BaseUrl));
        }

        return options;
    }

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
    /// The private API key from the Millis dashboard, sent raw in the <c>authorization</c> header (no <c>Bearer</c>
    /// scheme). Required; printable ASCII only (a trailing newline from a file is refused, not trimmed).
    /// It never appears in logs, exception messages, <see cref="ToString"/> or serialized options (JSON.NET and
    /// System.Text.Json both skip it).
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    public string? ApiKey { get => _apiKey; set => Set(ref _apiKey, value); }

    /// <summary>The API gateway to use (default <see cref="MillisRegion.UsWest"/>); ignored when <see cref="BaseUrl"/> is set.</summary>
    public MillisRegion Region { get => _region; set => Set(ref _region, value); }

    /// <summary>
    /// Overrides the region's URL, e.g. for a proxy or a local mock. Must be https unless the host is loopback, and must not
    /// carry user-info (<c>https://user:secret@host</c>): the key goes in <see cref="ApiKey"/>.
    /// </summary>
    public Uri? BaseUrl { get => _baseUrl; set => Set(ref _baseUrl, value); }

    /// <summary>
    /// Time limit of one attempt (default 60 s; 10 ms to 1 day); a retry gets a fresh limit. <see cref="Timeout.InfiniteTimeSpan"/>
    /// disables it. In configuration write a TimeSpan: <c>"00:00:30"</c> is 30 seconds (a bare <c>"30"</c> would be 30 days and is refused).
    /// </summary>
    public TimeSpan Timeout { get => _timeout; set => Set(ref _timeout, value); }

    /// <summary>Retries after the first attempt (default 2, at most 10). 0 disables retries.</summary>
    public int MaxRetries { get => _maxRetries; set => Set(ref _maxRetries, value); }

    /// <summary>
    /// Longest wait between attempts (default 30 s; 0 to 1 day). A server whose <c>Retry-After</c> asks for longer is not
    /// waited for: the call fails at once (<see cref="MillisRateLimitException.RetryAfter"/> says how long it asked).
    /// Waits never go below the backoff (500 ms, doubling), even for <c>Retry-After: 0</c>, unless this cap is lower.
    /// In configuration write a TimeSpan such as <c>"00:00:30"</c>.
    /// </summary>
    public TimeSpan MaxRetryDelay { get => _maxRetryDelay; set => Set(ref _maxRetryDelay, value); }

    /// <summary>Where request events are logged (method, path template, status, attempt, elapsed time; never bodies or the key).</summary>
    public ILoggerFactory? LoggerFactory { get => _loggerFactory; set => Set(ref _loggerFactory, value); }

    /// <summary>The clock used for retry delays, <c>Retry-After</c> dates and the chat stream limits; replace it in tests.</summary>
    public TimeProvider TimeProvider { get => _timeProvider; set => Set(ref _timeProvider, value ?? throw new ArgumentNullException(nameof(value))); }

    /// <summary>Optional application name added to the <c>User-Agent</c> header (ASCII letters, digits and <c>.-_</c> only).</summary>
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
                ConfigurationPath is { } section
                    ? $"MillisClientOptions.ApiKey is required: AddMillis(configuration) reads it from the configuration key '{ConfigurationKey(section, nameof(ApiKey))}' (environment variable {ConfigurationKey(section, nameof(ApiKey)).Replace(":", "__")}), which is not set; {ApiKeyEnvironmentVariable} is not read on this path. Put your Millis private key there, e.g. in user secrets."
                    : $"MillisClientOptions.ApiKey is required: pass your Millis private key, or set the environment variable {ApiKeyEnvironmentVariable} and use new MillisClient().",
                nameof(ApiKey));
        }

        ValidateApiKeyCharacters(ApiKey!);

        if (BaseUrl is { } url)
        {
            if (!url.IsAbsoluteUri)
            {
                throw new ArgumentException($"MillisClientOptions.BaseUrl must be an absolute URL such as https://api-west.millis.ai; got '{url}'.", nameof(BaseUrl));
            }

            if (url.UserInfo.Length > 0)
            {
                throw new ArgumentException(
                    $"MillisClientOptions.BaseUrl must not contain user-info (the 'user:password@' part), which would end up in logs and error messages; put the key in MillisClientOptions.ApiKey. Got '{SafeUrl(url)}' with the user-info left out.",
                    nameof(BaseUrl));
            }

            if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)))
            {
                throw new ArgumentException(
                    $"MillisClientOptions.BaseUrl must use https (the API key travels in a header); plain http is allowed only for a loopback host such as http://127.0.0.1. Got '{url.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped)}'.",
                    nameof(BaseUrl));
            }
        }

        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && (Timeout < MinTimeout || Timeout > MaxTimeSpanSetting))
        {
            throw new ArgumentException(
                $"MillisClientOptions.Timeout must be between 10 ms and 1 day (1.00:00:00), or Timeout.InfiniteTimeSpan to disable it; got {Describe(Timeout)}. {TimeSpanFormatAdvice}",
                nameof(Timeout));
        }

        if (MaxRetries is < 0 or > 10)
        {
            throw new ArgumentException($"MillisClientOptions.MaxRetries must be between 0 and 10; got {MaxRetries}.", nameof(MaxRetries));
        }

        if (MaxRetryDelay < TimeSpan.Zero || MaxRetryDelay > MaxTimeSpanSetting)
        {
            throw new ArgumentException(
                $"MillisClientOptions.MaxRetryDelay must be between 0 and 1 day (1.00:00:00); got {Describe(MaxRetryDelay)}. {TimeSpanFormatAdvice}",
                nameof(MaxRetryDelay));
        }

        ValidateStreamTimeout(StreamFirstEventTimeout, nameof(StreamFirstEventTimeout), DefaultStreamFirstEventTimeout);
        ValidateStreamTimeout(StreamIdleTimeout, nameof(StreamIdleTimeout), DefaultStreamIdleTimeout);

        // ASCII only: the id goes into the User-Agent header, which HttpClient refuses to send with any other character.
        if (ApplicationId is { } id && (id.Length == 0 || id.Any(c => !(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '-' or '_'))))
        {
            throw new ArgumentException("MillisClientOptions.ApplicationId may contain only letters, digits, '.', '-' and '_'. (ASCII: it is sent in the User-Agent header.)", nameof(ApplicationId));
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
        $"MillisClientOptions {{ ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, BaseUrl = {SafeUrl(EffectiveBaseUrl)}, Timeout = {Timeout}, MaxRetries = {MaxRetries} }}";

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

    // ---- Hardening (issue 12 §2 and §5): key characters, time settings, configuration wording --------------------

    private const string TimeSpanFormatAdvice =
        "In configuration write a TimeSpan as [d.]hh:mm:ss: \"00:00:30\" is 30 seconds, \"00:02:00\" two minutes; a bare number such as \"30\" means 30 days.";

    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeSpanSetting = TimeSpan.FromDays(1);

    /// <summary>
    /// The configuration section these options were bound from by <c>AddMillis(IConfiguration)</c>, e.g. <c>Millis</c>;
    /// null otherwise. Only changes the wording of <see cref="Validate"/>'s messages (the keys to set).
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    [System.Text.Json.Serialization.JsonIgnore]
    internal string? ConfigurationPath { get; set; }

    private static string ConfigurationKey(string section, string name) => section.Length == 0 ? name : section + ":" + name;

    /// <summary>A URL as it may be printed: no user-info, no query.</summary>
    internal static string SafeUrl(Uri url) =>
        url.IsAbsoluteUri ? url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped) : "(relative URL)";

    /// <summary>
    /// Refuses what would corrupt the header block or cannot be a Millis key: control characters (CR and LF would
    /// inject headers; a key read from a file often ends with a newline), non-ASCII, surrounding spaces and a
    /// <c>Bearer </c> scheme. Messages say what was found and where, never the key.
    /// </summary>
    private static void ValidateApiKeyCharacters(string key)
    {
        const string Prefix = "MillisClientOptions.ApiKey";
        if (key.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException(
                $"{Prefix} starts with \"Bearer \": Millis takes the raw key in the authorization header, without a scheme. Pass only the key (what follows \"Bearer \").",
                nameof(ApiKey));
        }

        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var where = $"at index {i} of {key.Length}" + (i == key.Length - 1 ? " (the last character)" : "");
            if (c < 0x20 || c == 0x7F)
            {
                throw new ArgumentException(
                    $"{Prefix} contains a control character, {ControlName(c)}, {where}. Control characters would be written into the HTTP header block (CR and LF start new headers). A key read from a file or a secret store often ends with a newline: trim it.",
                    nameof(ApiKey));
            }

            if (c > 0x7E)
            {
                throw new ArgumentException(
                    $"{Prefix} contains a non-ASCII character (U+{(int)c:X4}) {where}. Millis keys are plain ASCII; this usually comes from copying the key out of a document or web page (a non-breaking space, a typographic quote or dash). Copy it again as plain text.",
                    nameof(ApiKey));
            }
        }

        if (key[0] == ' ' || key[key.Length - 1] == ' ')
        {
            throw new ArgumentException(
                $"{Prefix} {(key[0] == ' ' ? "starts" : "ends")} with a space; a Millis key has none around it. Trim it.",
                nameof(ApiKey));
        }
    }

    private static string ControlName(char c) => c switch
    {
        '\r' => "carriage return (CR, U+000D)",
        '\n' => "line feed (LF, U+000A)",
        '\t' => "tab (U+0009)",
        '\0' => "NUL (U+0000)",
        _ => $"U+{(int)c:X4}",
    };

    private static string Describe(TimeSpan value) =>
        value.TotalDays >= 1 ? $"{value} ({value.TotalDays:0.###} days)"
        : value.TotalHours >= 1 ? $"{value} ({value.TotalHours:0.###} hours)"
        : $"{value} ({value.TotalMilliseconds:0.###} ms)";

    // ---- end of hardening ---------------------------------------------------------------------------------------------

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
