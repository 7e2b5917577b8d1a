using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Millis.Tests.TestSupport;

/// <summary>
/// A TCP server on 127.0.0.1 for faults HTTP cannot express: it accepts, reads one request (head and a
/// Content-Length body), counts it, and closes the connection without answering (a reset, as a crashed proxy does).
/// </summary>
internal sealed class RawSocketServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _requests = [];
    private int _connections;

    public RawSocketServer()
    {
        _listener.Start();
        BaseUrl = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptLoopAsync();
    }

    public Uri BaseUrl { get; }

    /// <summary>Connections accepted (a refused resend still opens one, without a byte of request).</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Each request read, as "METHOD /path" plus its body.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var received = new List<byte>();
                var buffer = new byte[8192];
                int headEnd;
                while ((headEnd = IndexOfHeadEnd(received)) < 0)
                {
                    var n = await stream.ReadAsync(buffer, _stop.Token);
                    if (n == 0)
                    {
                        return;
                    }

                    received.AddRange(buffer.Take(n));
                }

                var head = Encoding.ASCII.GetString(received.Take(headEnd).ToArray());
                var length = head.Split("\r\n").Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
                while (received.Count < headEnd + 4 + length)
                {
                    var n = await stream.ReadAsync(buffer, _stop.Token);
                    if (n == 0)
                    {
                        break;
                    }

                    received.AddRange(buffer.Take(n));
                }

                var body = Encoding.UTF8.GetString(received.Skip(headEnd + 4).ToArray());
                lock (_requests)
                {
                    _requests.Add(head.Split("\r\n")[0].Split(' ')[0] + " " + head.Split("\r\n")[0].Split(' ')[1] + (body.Length > 0 ? " " + body : ""));
                }

                // Close without a byte of answer: a reset, so the client sees the connection fail at once.
                client.Client.LingerState = new LingerOption(true, 0);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private static int IndexOfHeadEnd(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
