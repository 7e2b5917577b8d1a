namespace Millis.Http;

/// <summary>How an operation may be retried.</summary>
internal enum RetryClass
{
    /// <summary>Repeating it has the same effect as doing it once (GET, PUT, DELETE, and POSTs that set a value):
    /// retried on connection failures, timeouts, 408, 429, 500, 502, 503 and 504.</summary>
    Idempotent,

    /// <summary>A POST that creates something or dials a call: retried only when the request provably never reached the
    /// server (connection refused, DNS failure) or on 429/503 carrying <c>Retry-After</c>, so nothing is created or charged twice.</summary>
    CreateOrDial,
}

/// <summary>One API operation as the facade sees it: for logs, traces, error messages and retry decisions.</summary>
/// <param name="Name">Stable operation name, e.g. <c>Agents.Create</c>.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path template from the spec, e.g. <c>/agents/{agent_id}</c>.</param>
/// <param name="Retry">Retry class.</param>
internal sealed record MillisOperation(string Name, string Method, string Path, RetryClass Retry);
