using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttrWs.IntegrationTests.Infrastructure;

/// <summary>Speaks HTTP over a raw socket, for what ClientWebSocket cannot show (status lines, headers, slow clients).</summary>
internal static class RawHttp
{
    public const string UpgradeHeaders =
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n";

    public static async Task<Socket> ConnectAsync(int port, int? receiveBufferSize = null)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        if (receiveBufferSize is { } size)
        {
            socket.ReceiveBufferSize = size; // before connecting, so the advertised window stays small
        }

        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port));
        return socket;
    }

    public static string Request(string path, string extraHeaders = "")
        => $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extraHeaders}\r\n";

    /// <summary>Sends a request and reads the response head (through the blank line).</summary>
    public static async Task<string> SendAsync(int port, string request)
    {
        using var socket = await ConnectAsync(port);
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        return await ReadToEndAsync(socket);
    }

    /// <summary>Reads until the peer closes (or 64 KiB), bounded in time.</summary>
    public static async Task<string> ReadToEndAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        var buffer = new byte[64 * 1024];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await socket.ReceiveAsync(buffer.AsMemory(total), SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return Encoding.Latin1.GetString(buffer, 0, total); // Latin-1: frame bytes survive as chars
    }

    /// <summary>Reads the response head only (the socket stays open afterwards).</summary>
    public static async Task<string> ReadHeadAsync(Socket socket)
    {
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await socket.ReceiveAsync(one, SocketFlags.None, timeout.Token);
            if (read == 0)
            {
                break;
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }
}
