using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttrWs.PerfHarness.Client;

/// <summary>
/// The load client's connection: a raw socket, a fixed browser-like request head, pre-masked frames and a frame
/// reader that skips payloads without copying them. Far cheaper than <c>ClientWebSocket</c>, so more of the client's
/// core is left for driving load.
/// </summary>
internal sealed class RawWebSocket : IDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _aborted;

    private RawWebSocket(Socket socket) => _socket = socket;

    /// <summary>Bytes of server frames' payloads received so far (to check echoes arrive whole).</summary>
    public long PayloadBytesReceived { get; private set; }

    /// <summary>Connects, sends the opening handshake and reads the 101; throws when the answer is not a 101.</summary>
    public static async Task<RawWebSocket> ConnectAsync(IPEndPoint server, byte[] requestHead, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var connection = new RawWebSocket(socket);
        try
        {
            await socket.ConnectAsync(server, cancellationToken).ConfigureAwait(false);
            await socket.SendAsync(requestHead, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            await connection.ReadResponseHeadAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Abort();
            throw;
        }
    }

    /// <summary>The request head a browser sends (Chromium's header set), with a fixed key.</summary>
    public static byte[] RequestHead(IPEndPoint server, string path) => Encoding.ASCII.GetBytes(
        $"GET {path} HTTP/1.1\r\n" +
        $"Host: 127.0.0.1:{server.Port}\r\n" +
        "Connection: Upgrade\r\n" +
        "Pragma: no-cache\r\n" +
        "Cache-Control: no-cache\r\n" +
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36\r\n" +
        "Upgrade: websocket\r\n" +
        $"Origin: http://127.0.0.1:{server.Port}\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Accept-Encoding: gzip, deflate, br, zstd\r\n" +
        "Accept-Language: en-US,en;q=0.9\r\n" +
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
        "\r\n");

    public ValueTask<int> SendAsync(ReadOnlyMemory<byte> maskedFrame, CancellationToken cancellationToken) =>
        _socket.SendAsync(maskedFrame, SocketFlags.None, cancellationToken);

    /// <summary>Reads frames up to the end of one message; returns its payload length, or -1 for a close frame.</summary>
    public async ValueTask<long> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            await FillAsync(2, cancellationToken).ConfigureAwait(false);
            var b0 = _buffer[_start];
            var length7 = _buffer[_start + 1] & 0x7F;
            var headerLength = length7 == 126 ? 4 : length7 == 127 ? 10 : 2;
            await FillAsync(headerLength, cancellationToken).ConfigureAwait(false);
            long length = length7 == 126 ? BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start + 2))
                : length7 == 127 ? (long)BinaryPrimitives.ReadUInt64BigEndian(_buffer.AsSpan(_start + 2)) : length7;
            _start += headerLength;
            await SkipAsync(length, cancellationToken).ConfigureAwait(false);
            var opcode = b0 & 0x0F;
            if (opcode == 0x8)
            {
                return -1;
            }

            if (opcode is 0x9 or 0xA)
            {
                continue; // a ping or pong between fragments: not part of the message
            }

            total += length;
            PayloadBytesReceived += length;
            if ((b0 & 0x80) != 0)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// The closing handshake: close 1000, wait for the server's close frame and for it to close the TCP connection
    /// (the server closes first, RFC 6455 §7.1.1), then reset our side so neither end keeps a TIME_WAIT entry.
    /// </summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        await _socket.SendAsync(Frames.Close, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        while (await ReceiveMessageAsync(cancellationToken).ConfigureAwait(false) >= 0)
        {
            // Echoes still in flight.
        }

        while (await _socket.ReceiveAsync(_buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false) > 0)
        {
            // Anything after the close frame is ignored until the server's FIN.
        }

        Abort();
    }

    /// <summary>Drops the connection with a reset (no TIME_WAIT).</summary>
    public void Abort()
    {
        if (_aborted)
        {
            return;
        }

        _aborted = true;
        try
        {
            _socket.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }

        _socket.Dispose();
    }

    public void Dispose() => Abort();

    private async Task ReadResponseHeadAsync(CancellationToken cancellationToken)
    {
        int end;
        while ((end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8)) < 0)
        {
            if (_end == _buffer.Length)
            {
                throw new InvalidDataException("Response head too large.");
            }

            await ReceiveMoreAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!_buffer.AsSpan(_start).StartsWith("HTTP/1.1 101"u8))
        {
            throw new InvalidDataException("Not a 101: " + Encoding.ASCII.GetString(_buffer, _start, Math.Min(end, 80)));
        }

        _start += end + 4;
    }

    private async ValueTask FillAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            if (_start > 0 && _buffer.Length - _start < count)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            await ReceiveMoreAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask SkipAsync(long count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var available = _end - _start;
            if (available >= count)
            {
                _start += (int)count;
                return;
            }

            count -= available;
            _start = _end = 0;
            await ReceiveMoreAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask ReceiveMoreAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException("The server closed the connection.");
        }

        _end += read;
    }
}
