using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace AttrWs.Testing;

/// <summary>
/// The raw TCP client of every test project: sends exact bytes (whole, or one byte per write), reads a response head
/// byte by byte (so frame bytes after a 101 stay unread, e.g. for <see cref="System.Net.WebSockets.WebSocket.CreateFromStream(Stream, System.Net.WebSockets.WebSocketCreationOptions)"/>),
/// and then frames or everything up to the close. Every read and write is bounded by <see cref="Timeout"/>.
/// </summary>
public sealed class RawConnection : IDisposable
{
    /// <summary>The key of every upgrade request built here (RFC 6455 §1.3's sample nonce).</summary>
    public const string SampleKey = "dGhlIHNhbXBsZSBub25jZQ==";

    /// <summary>The accept value for <see cref="SampleKey"/> (RFC 6455 §1.3).</summary>
    public const string SampleAccept = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";

    /// <summary>The four headers that make a GET an RFC 6455 upgrade, with <see cref="SampleKey"/>, each ending in CRLF.</summary>
    public const string UpgradeHeaders =
        "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + SampleKey + "\r\nSec-WebSocket-Version: 13\r\n";

    private RawConnection(Socket socket)
    {
        Socket = socket;
        Stream = new NetworkStream(socket, ownsSocket: true);
    }

    /// <summary>The bound on any single read or write.</summary>
    public static TimeSpan Timeout { get; } = TimeSpan.FromSeconds(10);

    /// <summary>The socket (for what the stream does not offer: shutdown, linger, buffer sizes).</summary>
    public Socket Socket { get; }

    /// <summary>The connection's stream.</summary>
    public NetworkStream Stream { get; }

    /// <summary>A request head: <c>GET path HTTP/1.1</c>, <c>Host: 127.0.0.1</c>, the extra headers and the blank line.</summary>
    public static string Request(string path, string extraHeaders = "")
        => $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n{extraHeaders}\r\n";

    /// <summary>The <c>Sec-WebSocket-Accept</c> value for <paramref name="key"/> (RFC 6455 §4.2.2).</summary>
    public static string AcceptFor(string key)
    {
#pragma warning disable CA5350 // SHA-1 is what RFC 6455 §4.2.2 prescribes for the accept key.
        return Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
#pragma warning restore CA5350
    }

    /// <summary>Connects to <paramref name="server"/>.</summary>
    /// <param name="server">The server's address.</param>
    /// <param name="source">The local address to bind first (127.0.0.x to act as another client), or null.</param>
    /// <param name="receiveBufferSize">A receive buffer size set before connecting (a small advertised window), or null.</param>
    /// <param name="cancellationToken">Cancels the connect (which is also bounded by <see cref="Timeout"/>).</param>
    public static async Task<RawConnection> ConnectAsync(
        IPEndPoint server, IPAddress? source = null, int? receiveBufferSize = null, CancellationToken cancellationToken = default)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (receiveBufferSize is { } size)
            {
                socket.ReceiveBufferSize = size; // before connecting, so the advertised window stays small
            }

            if (source is not null)
            {
                socket.Bind(new IPEndPoint(source, 0));
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            await socket.ConnectAsync(server, timeout.Token).ConfigureAwait(false);
            return new RawConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Connects to 127.0.0.1:<paramref name="port"/>.</summary>
    public static Task<RawConnection> ConnectAsync(int port, int? receiveBufferSize = null)
        => ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), receiveBufferSize: receiveBufferSize);

    /// <summary>
    /// Connects (from <paramref name="source"/> when given), completes the opening handshake on <paramref name="path"/>
    /// with a random key (<see cref="UpgradeAsync"/>) and hands the stream to a client <see cref="WebSocket"/> without
    /// keep-alive pings: thousands of these stay cheap, and nothing of HttpClient is involved.
    /// </summary>
    public static async Task<WebSocket> OpenClientWebSocketAsync(IPEndPoint server, string path, IPAddress? source, CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(server, source, cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.UpgradeAsync(path, server.ToString(), cancellationToken).ConfigureAwait(false);
            return WebSocket.CreateFromStream(connection.Stream, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Connects to 127.0.0.1:<paramref name="port"/>, sends <paramref name="request"/> and reads everything until the server closes.</summary>
    public static async Task<string> ExchangeAsync(int port, string request)
    {
        using var connection = await ConnectAsync(port).ConfigureAwait(false);
        await connection.SendAsync(request).ConfigureAwait(false);
        return await connection.ReadToEndAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the bytes in one write.</summary>
    public async Task SendAsync(ReadOnlyMemory<byte> bytes)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Stream.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="text"/> as Latin-1 bytes in one write.</summary>
    public Task SendAsync(string text) => SendAsync(Encoding.Latin1.GetBytes(text));

    /// <summary>Writes the bytes one per write (each its own TCP segment, thanks to NoDelay).</summary>
    public async Task SendBytewiseAsync(ReadOnlyMemory<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            await SendAsync(bytes.Slice(i, 1)).ConfigureAwait(false);
        }
    }

    /// <summary>Half-closes: the server reads end-of-stream.</summary>
    public void ShutdownSend() => Socket.Shutdown(SocketShutdown.Send);

    /// <summary>
    /// Sends an upgrade request for <paramref name="path"/> with a fresh random key and reads the answer; throws
    /// <see cref="IOException"/> unless it is a 101 with the matching <c>Sec-WebSocket-Accept</c>. The connection's
    /// <see cref="Stream"/> is then positioned at the first frame.
    /// </summary>
    public async Task<RawResponse> UpgradeAsync(string path, string host, CancellationToken cancellationToken = default)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var request = $"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await Stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancellationToken).ConfigureAwait(false);
        var response = await ReadResponseAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new IOException("The server closed the connection during the handshake.");
        if (response.Status != 101 || response["Sec-WebSocket-Accept"] != AcceptFor(key))
        {
            throw new IOException("Handshake failed: " + response.StatusLine);
        }

        return response;
    }

    /// <summary>Reads a response head and, for non-101 responses, its Content-Length body. Null when the server closed first.</summary>
    public async Task<RawResponse?> ReadResponseAsync(CancellationToken cancellationToken = default)
    {
        var head = await ReadHeadBytesAsync(cancellationToken).ConfigureAwait(false);
        if (head.Length == 0)
        {
            return null;
        }

        var text = Encoding.Latin1.GetString(head);
        if (!text.EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            throw new IOException("The server closed in the middle of a response head: " + text);
        }

        var response = RawResponse.Parse(text, string.Empty);
        if (response.Status == 101 || response["Content-Length"] is not { } lengthText)
        {
            return response;
        }

        var body = new byte[int.Parse(lengthText, System.Globalization.CultureInfo.InvariantCulture)];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        await Stream.ReadExactlyAsync(body, timeout.Token).ConfigureAwait(false);
        return RawResponse.Parse(text, Encoding.UTF8.GetString(body));
    }

    /// <summary>Reads the response head as Latin-1 text through the blank line (less when the server closes first); the connection stays open.</summary>
    public async Task<string> ReadHeadAsync() => Encoding.Latin1.GetString(await ReadHeadBytesAsync(default).ConfigureAwait(false));

    /// <summary>Reads until the server closes (or 64 KiB) as Latin-1 text, so frame bytes survive as chars; bounded in time.</summary>
    public async Task<string> ReadToEndAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await Socket.ReceiveAsync(buffer.AsMemory(total), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return Encoding.Latin1.GetString(buffer, 0, total);
    }

    /// <summary>True when the server closes (end of stream or reset) within <see cref="Timeout"/>, skipping any bytes before it.</summary>
    public async Task<bool> WaitForCloseAsync(TimeSpan? within = null)
    {
        var buffer = new byte[4096];
        using var timeout = new CancellationTokenSource(within ?? Timeout);
        try
        {
            while (await Stream.ReadAsync(buffer, timeout.Token).ConfigureAwait(false) > 0)
            {
            }

            return true;
        }
        catch (IOException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Stream.Dispose();

    /// <summary>Reads one byte at a time up to and including CRLF CRLF; fewer bytes (maybe none) when the server closes or resets first.</summary>
    private async Task<byte[]> ReadHeadBytesAsync(CancellationToken cancellationToken)
    {
        var head = new List<byte>(512);
        var one = new byte[1];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        while (head.Count < 64 * 1024)
        {
            int read;
            try
            {
                read = await Stream.ReadAsync(one, timeout.Token).ConfigureAwait(false);
            }
            catch (IOException)
            {
                read = 0; // reset by the server: the same as closing for this purpose
            }

            if (read == 0)
            {
                break;
            }

            head.Add(one[0]);
            var n = head.Count;
            if (n >= 4 && head[n - 1] == '\n' && head[n - 2] == '\r' && head[n - 3] == '\n' && head[n - 4] == '\r')
            {
                break;
            }
        }

        return [.. head];
    }
}
