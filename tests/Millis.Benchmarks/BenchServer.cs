using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Millis.Benchmarks;

/// <summary>
/// An in-process Kestrel server on <c>http://127.0.0.1:0</c> that answers like the Millis API with the bodies in
/// <see cref="Payloads"/>. One terminal handler, no routing or logging, so the server's own cost per request is small
/// and the same for every client variant.
/// </summary>
internal sealed class BenchServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private byte[] _chatBody = Payloads.ChatStream(1000);
    private TaskCompletionSource<long> _firstFlush = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _clientHasFirst = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BenchServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>How many pages one walk of <c>GET /call-logs</c> has: the last one has <c>next_cursor: null</c>.</summary>
    public int CallLogPages { get; set; } = int.MaxValue;

    /// <summary>How many events <c>POST /chat/completions</c> streams (written in one go, as a fast upstream would).</summary>
    public int ChatEvents
    {
        get => (_chatBody.Length - Payloads.ChatDone.Length) / Payloads.ChatEvent.Length;
        set => _chatBody = Payloads.ChatStream(value);
    }

    /// <summary>
    /// Latency mode: the chat stream's first event is flushed alone, the server records
    /// <see cref="Stopwatch.GetTimestamp"/> right after that flush, waits for <see cref="ClientHasFirstEvent"/>, then ends the stream.
    /// </summary>
    public bool FirstEventLatencyMode { get; set; }

    public static async Task<BenchServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new BenchServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    /// <summary>Arms the latency mode for the next chat request and returns the server's flush timestamp when it happens.</summary>
    public Task<long> ArmFirstEvent()
    {
        _firstFlush = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _clientHasFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _firstFlush.Task;
    }

    /// <summary>The client calls this once it has the first event; the server then ends the stream.</summary>
    public void ClientHasFirstEvent() => _clientHasFirst.TrySetResult();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "";
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            // Read the body as a real server would (it is not checked).
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
            try
            {
                while (await request.Body.ReadAsync(buffer).ConfigureAwait(false) > 0)
                {
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (HttpMethods.IsGet(request.Method) && path.StartsWith("/phones/", StringComparison.Ordinal))
        {
            await WriteJson(response, Payloads.Phone).ConfigureAwait(false);
        }
        else if ((HttpMethods.IsGet(request.Method) && path.StartsWith("/agents/", StringComparison.Ordinal))
                 || (HttpMethods.IsPost(request.Method) && path == "/agents"))
        {
            await WriteJson(response, Payloads.Agent).ConfigureAwait(false);
        }
        else if (HttpMethods.IsGet(request.Method) && path == "/call-logs")
        {
            // Page i (0-based) is asked for with start_after_ts = FirstCursor - (i - 1); the first without a cursor.
            var index = 0;
            if (request.Query.TryGetValue("start_after_ts", out var cursorText)
                && double.TryParse(cursorText.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var cursor))
            {
                index = (int)Math.Round(Payloads.FirstCursor - cursor) + 1;
            }

            double? next = index + 1 < CallLogPages ? Payloads.FirstCursor - index : null;
            // The page is the same 100 logs each time; only the cursor differs. Two writes, no copy of the page.
            var suffix = System.Text.Encoding.UTF8.GetBytes((next is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : "null") + "}");
            response.StatusCode = 200;
            response.ContentType = "application/json";
            response.ContentLength = Payloads.CallLogPagePrefix.Length + suffix.Length;
            await response.Body.WriteAsync(Payloads.CallLogPagePrefix).ConfigureAwait(false);
            await response.Body.WriteAsync(suffix).ConfigureAwait(false);
        }
        else if (HttpMethods.IsPost(request.Method) && path == "/chat/completions")
        {
            response.StatusCode = 200;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            if (FirstEventLatencyMode)
            {
                await response.Body.WriteAsync(Payloads.ChatEvent).ConfigureAwait(false);
                await response.Body.FlushAsync().ConfigureAwait(false);
                _firstFlush.TrySetResult(Stopwatch.GetTimestamp());
                await _clientHasFirst.Task.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
                await response.Body.WriteAsync(Payloads.ChatDone).ConfigureAwait(false);
            }
            else
            {
                await response.Body.WriteAsync(_chatBody).ConfigureAwait(false);
            }
        }
        else
        {
            response.StatusCode = 404;
        }
    }

    private static Task WriteJson(HttpResponse response, byte[] body)
    {
        response.StatusCode = 200;
        response.ContentType = "application/json";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, 0, body.Length);
    }
}
