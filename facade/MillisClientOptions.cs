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

    /// <summary>The clock used for retry delays and <c>Retry-After</c> dates; replace it in tests.</summary>
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
    };

    /// <summary>The settings with the key redacted.</summary>
    public override string ToString() =>
        $"MillisClientOptions {{ ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, BaseUrl = {EffectiveBaseUrl}, Timeout = {Timeout}, MaxRetries = {MaxRetries} }}";

    internal void Freeze() => _frozen = true;

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
