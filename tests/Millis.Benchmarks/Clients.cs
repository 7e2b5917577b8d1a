using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Millis.Models;
using Newtonsoft.Json;

namespace Millis.Benchmarks;

/// <summary>The three ways to call the API that the per-call benchmarks compare, each with its own connection pool.</summary>
internal static class Clients
{
    public static MillisClientOptions Options(Uri server) => new() { ApiKey = "bench", BaseUrl = server };

    /// <summary>An HttpClient with the base address and the headers the facade sends, so every variant sends the same request.</summary>
    public static HttpClient Http(Uri server) => Configure(new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }), server);

    /// <summary>Base address, key and User-Agent as defaults of the HttpClient (what the hand-written client relies on).</summary>
    public static HttpClient Configure(HttpClient http, Uri server)
    {
        http.BaseAddress = server;
        http.Timeout = Timeout.InfiniteTimeSpan;
        http.DefaultRequestHeaders.TryAddWithoutValidation("authorization", "bench");
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "millis-dotnet/bench");
        return http;
    }

    /// <summary>What a generated raw client needs for one call (its base URL, key and serializer), without the facade's pipeline around it.</summary>
    public static Millis.Http.MillisCall RawCall(HttpClient http, Uri server, Millis.Http.MillisOperation operation) =>
        new(new Millis.Http.MillisPipeline(http, Options(server)), operation, attempt: 1);
}

/// <summary>(a) What a careful hand-written client would do: HttpClient + Newtonsoft into the generated model types.</summary>
internal sealed class HandWrittenClient(HttpClient http)
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();

    public Task<Agent> GetAgentAsync(string agentId) => SendAsync<Agent>(new HttpRequestMessage(HttpMethod.Get, "agents/" + Uri.EscapeDataString(agentId)));

    public Task<Agent> CreateAgentAsync(string name, AgentConfig config) =>
        SendAsync<Agent>(new HttpRequestMessage(HttpMethod.Post, "agents")
        {
            Content = new StringContent(JsonConvert.SerializeObject(new AgentCreate { Name = name, Config = config }), Encoding.UTF8, "application/json"),
        });

    public Task<CallLogPage> ListCallLogsAsync(int limit) =>
        SendAsync<CallLogPage>(new HttpRequestMessage(HttpMethod.Get, "call-logs?limit=" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private async Task<T> SendAsync<T>(HttpRequestMessage request)
    {
        using (request)
        {
            request.Headers.Accept.Add(Json);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
            using var reader = new StreamReader(stream);
            using var json = new JsonTextReader(reader);
            return Serializer.Deserialize<T>(json) ?? throw new InvalidOperationException("empty body");
        }
    }
}

/// <summary>
/// The floor: a pre-built HTTP/1.1 request written on a kept-alive socket and the response read into a reused buffer,
/// nothing parsed. Its time and allocations are the server's and the loopback's share of every per-call benchmark.
/// </summary>
internal sealed class RawSocketClient : IDisposable
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private byte[] _buffer = new byte[1 << 20];

    public RawSocketClient(Uri server)
    {
        _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        _socket.Connect(server.Host, server.Port);
        _stream = new NetworkStream(_socket, ownsSocket: true);
    }

    public static byte[] Request(Uri server, string method, string pathAndQuery, string? jsonBody = null)
    {
        var body = jsonBody is null ? [] : Encoding.UTF8.GetBytes(jsonBody);
        var head = new StringBuilder()
            .Append(method).Append(' ').Append('/').Append(pathAndQuery).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(server.Authority).Append("\r\n")
            .Append("Accept: application/json\r\n")
            .Append("authorization: bench\r\n")
            .Append("User-Agent: millis-dotnet/bench\r\n");
        if (jsonBody is not null)
        {
            head.Append("Content-Type: application/json; charset=utf-8\r\nContent-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    /// <summary>Sends the request and returns the body length.</summary>
    public async Task<int> SendAsync(byte[] request)
    {
        await _stream.WriteAsync(request).ConfigureAwait(false);
        var filled = 0;
        var headerEnd = -1;
        while (headerEnd < 0)
        {
            filled += await ReadMoreAsync(filled).ConfigureAwait(false);
            headerEnd = _buffer.AsSpan(0, filled).IndexOf("\r\n\r\n"u8);
        }

        var contentLength = ContentLength(_buffer.AsSpan(0, headerEnd));
        var total = headerEnd + 4 + contentLength;
        while (filled < total)
        {
            filled += await ReadMoreAsync(filled).ConfigureAwait(false);
        }

        return contentLength;
    }

    public void Dispose() => _stream.Dispose();

    private async ValueTask<int> ReadMoreAsync(int filled)
    {
        if (filled == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(filled)).ConfigureAwait(false);
        return read > 0 ? read : throw new IOException("server closed the connection");
    }

    private static int ContentLength(ReadOnlySpan<byte> head)
    {
        var at = head.IndexOf("Content-Length: "u8);
        if (at < 0)
        {
            throw new InvalidOperationException("no Content-Length");
        }

        var value = 0;
        for (var i = at + 16; i < head.Length && head[i] is >= (byte)'0' and <= (byte)'9'; i++)
        {
            value = (value * 10) + (head[i] - '0');
        }

        return value;
    }
}
