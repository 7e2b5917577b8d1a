using System.Net.WebSockets;

namespace Millis.AspNetCore.Testing;

/// <summary>
/// Plays Millis's side of the custom-LLM WebSocket against your endpoint. Give it a way to open a WebSocket:
/// <see cref="ForClientWebSocket"/> for a real address, or <c>server.CreateWebSocketClient().ConnectAsync</c> with
/// TestHost / <c>WebApplicationFactory</c>.
/// </summary>
/// <example><code>
/// var wsClient = factory.Server.CreateWebSocketClient();
/// var millis = new MillisCustomLlmSimulator(new Uri(factory.Server.BaseAddress, "/millis/llm"), wsClient.ConnectAsync);
/// var result = await millis.PlayInterruptScenarioAsync();
/// Assert.That(result.FramesOfInterruptedStreamAfterNextStreamBegan, Is.Empty);
/// </code></example>
public sealed class MillisCustomLlmSimulator
{
    private readonly Uri _endpoint;
    private readonly Func<Uri, CancellationToken, Task<WebSocket>> _connect;

    /// <summary>Creates a simulator that opens connections to <paramref name="endpoint"/> with <paramref name="connect"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MillisCustomLlmSimulator(Uri endpoint, Func<Uri, CancellationToken, Task<WebSocket>> connect)
    {
        _endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _connect = connect ?? throw new ArgumentNullException(nameof(connect));
    }

    /// <summary>A simulator that connects with a <see cref="ClientWebSocket"/> (ws:// or wss://), e.g. to a Kestrel server on loopback.</summary>
    /// <param name="endpoint">The endpoint's ws:// or wss:// URL.</param>
    /// <param name="configure">Sets request headers (e.g. the secret) or other options on each socket.</param>
    /// <exception cref="ArgumentNullException"><paramref name="endpoint"/> is null.</exception>
    public static MillisCustomLlmSimulator ForClientWebSocket(Uri endpoint, Action<ClientWebSocketOptions>? configure = null) =>
        new(endpoint, async (uri, cancellationToken) =>
        {
            var socket = new ClientWebSocket();
            try
            {
                configure?.Invoke(socket.Options);
                await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
                return socket;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        });

    /// <summary>Opens one simulated call.</summary>
    public async Task<MillisCustomLlmSimulatorConnection> ConnectAsync(CancellationToken cancellationToken = default) =>
        new(await _connect(_endpoint, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Plays <c>start_call</c> (stream "0") → <c>stream_request</c> "1" → (after the first frame of "1") <c>interrupt</c> "1" →
    /// <c>stream_request</c> "2" → reads until "2" ends, then closes. Your handler must send at least one frame for "1".
    /// </summary>
    /// <param name="cancellationToken">Cancels the scenario; use a timeout as a guard against a handler that never answers.</param>
    public async Task<MillisInterruptScenarioResult> PlayInterruptScenarioAsync(CancellationToken cancellationToken = default)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.SendStartCallAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await connection.SendStreamRequestAsync("1", new[] { TranscriptMessage.User("Tell me about your opening hours.") }, cancellationToken).ConfigureAwait(false);
            await connection.ReceiveUntilAsync(f => f.StreamId == "1", cancellationToken).ConfigureAwait(false);
            await connection.SendInterruptAsync("1", cancellationToken).ConfigureAwait(false);
            await connection.SendStreamRequestAsync(
                "2",
                new[] { TranscriptMessage.User("Tell me about your opening hours."), TranscriptMessage.User("Actually, where are you?") },
                cancellationToken).ConfigureAwait(false);
            await connection.ReadStreamAsync("2", cancellationToken).ConfigureAwait(false);
            await connection.CloseAsync(cancellationToken).ConfigureAwait(false);
            return new MillisInterruptScenarioResult(connection.Frames);
        }
    }
}
