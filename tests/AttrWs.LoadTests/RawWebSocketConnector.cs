using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace AttrWs.LoadTests;

/// <summary>
/// Opens a client WebSocket over a plain socket with a hand-written handshake: the socket can be bound to a chosen
/// source address (127.0.0.x, to spread connections over more 4-tuples), and nothing of HttpClient is involved, so
/// ten thousand of them stay cheap.
/// </summary>
public static class RawWebSocketConnector
{
    /// <summary>Connects, performs the opening handshake on <paramref name="path"/> and returns the client WebSocket.</summary>
    /// <exception cref="IOException">The server did not answer 101 with the right <c>Sec-WebSocket-Accept</c>.</exception>
    public static async Task<WebSocket> ConnectAsync(IPEndPoint server, IPAddress? source, string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (source is not null)
            {
                socket.Bind(new IPEndPoint(source, 0));
            }

            await socket.ConnectAsync(server, cancellationToken).ConfigureAwait(false);
            var stream = new NetworkStream(socket, ownsSocket: true);
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            var request = $"GET {path} HTTP/1.1\r\nHost: {server}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken).ConfigureAwait(false);
            var head = await ReadHeadAsync(stream, cancellationToken).ConfigureAwait(false);
#pragma warning disable CA5350 // SHA-1 is what RFC 6455 §4.2.2 prescribes for the accept key.
            var expectedAccept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
            if (!head.StartsWith("HTTP/1.1 101 ", StringComparison.Ordinal)
                || !head.Contains("\r\nSec-WebSocket-Accept: " + expectedAccept + "\r\n", StringComparison.OrdinalIgnoreCase))
            {
                stream.Dispose();
                throw new IOException("Handshake failed: " + head.Split("\r\n")[0]);
            }

            return WebSocket.CreateFromStream(stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Reads a response head byte by byte, so no frame byte after it is consumed.</summary>
    public static async Task<string> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length, 1), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("The server closed the connection during the handshake.");
            }

            length++;
            if (length >= 4 && buffer[length - 1] == '\n' && buffer[length - 2] == '\r' && buffer[length - 3] == '\n' && buffer[length - 4] == '\r')
            {
                return Encoding.Latin1.GetString(buffer, 0, length);
            }
        }

        throw new IOException("The response head is too large.");
    }
}
