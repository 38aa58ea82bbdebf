using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AttrWs.Testing;

/// <summary>
/// A raw client WebSocket after a real handshake, for hostile tests and for load: the caller writes frames byte for
/// byte (<see cref="Frame"/>, or pre-masked bytes) and reads the server's frames through one receive buffer, either as
/// <see cref="ServerFrame"/>s (<see cref="ReadFrameAsync"/>) or, allocation-free, as message lengths with the payload
/// skipped (<see cref="ReceiveMessageAsync"/>).
/// </summary>
public sealed class RawWebSocket : IDisposable
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _aborted;

    private RawWebSocket(RawConnection connection) => Connection = connection;

    /// <summary>The underlying connection.</summary>
    public RawConnection Connection { get; }

    /// <summary>Bytes of data frames' payloads received so far by <see cref="ReceiveMessageAsync"/>.</summary>
    public long PayloadBytesReceived { get; private set; }

    /// <summary>
    /// Connects and completes the opening handshake on <paramref name="path"/> with <see cref="RawConnection.SampleKey"/>;
    /// throws <see cref="InvalidDataException"/> unless the answer is a 101 with the matching accept value.
    /// </summary>
    public static async Task<RawWebSocket> OpenAsync(IPEndPoint server, string path = "/echo", string extraHeaders = "")
    {
        var head = Encoding.ASCII.GetBytes(RawConnection.Request(path, RawConnection.UpgradeHeaders + extraHeaders));
        using var timeout = new CancellationTokenSource(RawConnection.Timeout);
        return await ConnectAsync(server, head, verifyAccept: true, timeout.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Connects, sends <paramref name="requestHead"/> (which must carry <see cref="RawConnection.SampleKey"/> when
    /// <paramref name="verifyAccept"/>) and reads the response head; throws <see cref="InvalidDataException"/> unless it is a 101.
    /// </summary>
    public static async Task<RawWebSocket> ConnectAsync(IPEndPoint server, ReadOnlyMemory<byte> requestHead, bool verifyAccept, CancellationToken cancellationToken)
    {
        var connection = await RawConnection.ConnectAsync(server, cancellationToken: cancellationToken).ConfigureAwait(false);
        var socket = new RawWebSocket(connection);
        try
        {
            await connection.Socket.SendAsync(requestHead, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            await socket.ReadResponseHeadAsync(verifyAccept, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Abort();
            throw;
        }
    }

    /// <summary>The request head a browser sends (Chromium's header set), with <see cref="RawConnection.SampleKey"/>.</summary>
    public static byte[] BrowserRequestHead(IPEndPoint server, string path) => Encoding.ASCII.GetBytes(
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
        $"Sec-WebSocket-Key: {RawConnection.SampleKey}\r\n" +
        "\r\n");

    /// <summary>Sends frames (concatenated into one write).</summary>
    public Task SendAsync(params Frame[] frames)
    {
        var all = new List<byte>();
        foreach (var frame in frames)
        {
            all.AddRange(frame.ToBytes());
        }

        return Connection.SendAsync(all.ToArray());
    }

    /// <summary>Sends bytes as they are (frames masked up front), without a copy: the load path.</summary>
    public ValueTask<int> SendAsync(ReadOnlyMemory<byte> maskedFrames, CancellationToken cancellationToken)
        => Connection.Socket.SendAsync(maskedFrames, SocketFlags.None, cancellationToken);

    /// <summary>Reads the server's next frame (null when the connection ended), bounded by <see cref="RawConnection.Timeout"/>.</summary>
    public async Task<ServerFrame?> ReadFrameAsync()
    {
        using var timeout = new CancellationTokenSource(RawConnection.Timeout);
        try
        {
            var (b0, b1, length) = await ReadFrameHeaderAsync(timeout.Token).ConfigureAwait(false);
            var masked = (b1 & 0x80) != 0;
            var mask = new byte[4];
            if (masked)
            {
                await FillAsync(4, timeout.Token).ConfigureAwait(false);
                _buffer.AsSpan(_start, 4).CopyTo(mask);
                _start += 4;
            }

            var payload = new byte[checked((int)length)];
            var copied = 0;
            while (copied < payload.Length)
            {
                if (_start == _end)
                {
                    await ReceiveMoreAsync(timeout.Token).ConfigureAwait(false);
                }

                var n = Math.Min(_end - _start, payload.Length - copied);
                _buffer.AsSpan(_start, n).CopyTo(payload.AsSpan(copied));
                _start += n;
                copied += n;
            }

            if (masked)
            {
                for (var i = 0; i < payload.Length; i++)
                {
                    payload[i] ^= mask[i % 4];
                }
            }

            return new ServerFrame((b0 & 0x80) != 0, (b0 >> 4) & 7, b0 & 0xF, masked, payload);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or SocketException)
        {
            return null;
        }
    }

    /// <summary>Reads frames until a close frame (returned) or the end of the connection (null); other frames are collected.</summary>
    public async Task<ServerFrame?> ReadUntilCloseAsync(List<ServerFrame>? others = null)
    {
        for (var i = 0; i < 1000; i++)
        {
            var frame = await ReadFrameAsync().ConfigureAwait(false);
            if (frame is null || frame.Opcode == Frame.Close)
            {
                return frame;
            }

            others?.Add(frame);
        }

        throw new InvalidOperationException("More than 1000 frames without a close frame.");
    }

    /// <summary>
    /// Reads frames up to the end of one message, skipping payloads without copying them; returns its payload length,
    /// or -1 for a close frame. Pings and pongs between fragments are skipped. Throws <see cref="EndOfStreamException"/>
    /// when the server closes the connection.
    /// </summary>
    public async ValueTask<long> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            var (b0, b1, length) = await ReadFrameHeaderAsync(cancellationToken).ConfigureAwait(false);
            if ((b1 & 0x80) != 0)
            {
                await SkipAsync(4, cancellationToken).ConfigureAwait(false); // a server must not mask; skip it all the same
            }

            await SkipAsync(length, cancellationToken).ConfigureAwait(false);
            var opcode = b0 & 0x0F;
            if (opcode == Frame.Close)
            {
                return -1;
            }

            if (opcode is Frame.Ping or Frame.Pong)
            {
                continue;
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
    /// The closing handshake: sends <paramref name="maskedCloseFrame"/>, waits for the server's close frame and for it
    /// to close the TCP connection (the server closes first, RFC 6455 §7.1.1), then resets our side so neither end keeps
    /// a TIME_WAIT entry.
    /// </summary>
    public async Task CloseAsync(ReadOnlyMemory<byte> maskedCloseFrame, CancellationToken cancellationToken)
    {
        await SendAsync(maskedCloseFrame, cancellationToken).ConfigureAwait(false);
        while (await ReceiveMessageAsync(cancellationToken).ConfigureAwait(false) >= 0)
        {
            // Messages still in flight.
        }

        while (await Connection.Socket.ReceiveAsync(_buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false) > 0)
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
            Connection.Socket.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
            // Already reset by the peer.
        }
        catch (ObjectDisposedException)
        {
            // Already disposed.
        }

        Connection.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_aborted)
        {
            _aborted = true;
            Connection.Dispose();
        }
    }

    private async Task ReadResponseHeadAsync(bool verifyAccept, CancellationToken cancellationToken)
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

        if (verifyAccept)
        {
            var response = RawResponse.Parse(Encoding.Latin1.GetString(_buffer, _start, end + 4), string.Empty);
            if (response["Sec-WebSocket-Accept"] != RawConnection.SampleAccept)
            {
                throw new InvalidDataException("Wrong Sec-WebSocket-Accept: " + response);
            }
        }

        _start += end + 4;
    }

    private async ValueTask<(int B0, int B1, long Length)> ReadFrameHeaderAsync(CancellationToken cancellationToken)
    {
        await FillAsync(2, cancellationToken).ConfigureAwait(false);
        var b0 = _buffer[_start];
        var b1 = _buffer[_start + 1];
        var length7 = b1 & 0x7F;
        var headerLength = length7 == 126 ? 4 : length7 == 127 ? 10 : 2;
        await FillAsync(headerLength, cancellationToken).ConfigureAwait(false);
        long length = length7 == 126 ? BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start + 2))
            : length7 == 127 ? (long)BinaryPrimitives.ReadUInt64BigEndian(_buffer.AsSpan(_start + 2)) : length7;
        _start += headerLength;
        return (b0, b1, length);
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

        var read = await Connection.Socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            throw new EndOfStreamException("The server closed the connection.");
        }

        _end += read;
    }
}
