using System.Buffers.Binary;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using AttrWs.Testing;

namespace AttrWs.PerfHarness.Scale;

/// <summary>
/// One client connection of the scale scenario, as small as a client can be: a raw socket bound to its own loopback
/// source address, Chromium's request head with a fresh key, the 101 and its accept value checked, then a 512-byte
/// buffer that reads the server's frames, answers pings and checks the broadcast copy.
/// </summary>
internal sealed class ScaleConnection
{
    private const int BufferSize = 512;
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _end;
    private int _copies;

    private ScaleConnection(Socket socket) => _socket = socket;

    /// <summary>Connects from <paramref name="source"/> and completes the opening handshake on <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The answer is not a 101 with the right accept value.</exception>
    public static async Task<ScaleConnection> OpenAsync(IPEndPoint server, IPAddress source, string path, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        var connection = new ScaleConnection(socket);
        try
        {
            socket.Bind(new IPEndPoint(source, 0)); // before connect: the source address, and an ephemeral port of its own range
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await socket.ConnectAsync(server, timeout.Token).ConfigureAwait(false);
            var keyBytes = new byte[16];
            Random.Shared.NextBytes(keyBytes);
            var key = Convert.ToBase64String(keyBytes);
            await socket.SendAsync(RequestHead(server.Port, path, key), SocketFlags.None, timeout.Token).ConfigureAwait(false);
            await connection.ReadResponseHeadAsync(RawConnection.AcceptFor(key), timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Chromium's request head (the header set RawWebSocket.BrowserRequestHead sends) with <paramref name="key"/>.</summary>
    public static byte[] RequestHead(int port, string path, string key) => Encoding.ASCII.GetBytes(
        $"GET {path} HTTP/1.1\r\n" +
        $"Host: 127.0.0.1:{port}\r\n" +
        "Connection: Upgrade\r\n" +
        "Pragma: no-cache\r\n" +
        "Cache-Control: no-cache\r\n" +
        "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36\r\n" +
        "Upgrade: websocket\r\n" +
        $"Origin: http://127.0.0.1:{port}\r\n" +
        "Sec-WebSocket-Version: 13\r\n" +
        "Accept-Encoding: gzip, deflate, br, zstd\r\n" +
        "Accept-Language: en-US,en;q=0.9\r\n" +
        $"Sec-WebSocket-Key: {key}\r\n" +
        "\r\n");

    /// <summary>
    /// Reads the server's frames until the connection ends or <paramref name="stop"/> fires: pings are answered with a
    /// masked pong, a data frame is checked against broadcast number <paramref name="sequence"/> and counted in <paramref name="tally"/>.
    /// </summary>
    public async Task RunAsync(long sequence, ScaleTally tally, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                if (!await HandleBufferedFramesAsync(sequence, tally, stop).ConfigureAwait(false))
                {
                    return;
                }

                var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, stop).ConfigureAwait(false);
                if (read == 0)
                {
                    tally.Dropped("server ended the connection without a close frame");
                    return;
                }

                _end += read;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over.
        }
        catch (SocketException ex)
        {
            tally.Dropped(ex.SocketErrorCode.ToString());
        }
    }

    /// <summary>Closes the socket at once (the run is over).</summary>
    public void Abort() => _socket.Dispose();

    /// <summary>Handles every complete frame in the buffer; false when the connection is done with (close or bad frame).</summary>
    private async ValueTask<bool> HandleBufferedFramesAsync(long sequence, ScaleTally tally, CancellationToken stop)
    {
        while (_end >= 2)
        {
            var b0 = _buffer[0];
            var b1 = _buffer[1];
            if ((b1 & 0x80) != 0)
            {
                tally.Corrupted("masked server frame");
                return false;
            }

            int header = 2, length = b1 & 0x7F;
            if (length == 126)
            {
                if (_end < 4)
                {
                    return true;
                }

                header = 4;
                length = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(2));
            }
            else if (length == 127)
            {
                tally.Corrupted("64-bit frame length");
                return false;
            }

            if (header + length > BufferSize)
            {
                tally.Corrupted($"frame of {length} B");
                return false;
            }

            if (_end < header + length)
            {
                return true;
            }

            var payload = _buffer.AsMemory(header, length);
            switch (b0 & 0x0F)
            {
                case 0x9: // ping: a masked pong with the same payload
                    await SendPongAsync(payload, stop).ConfigureAwait(false);
                    tally.PingAnswered();
                    break;
                case 0xA:
                    break;
                case 0x8:
                    tally.Dropped("server sent a close frame");
                    return false;
                case 0x1 or 0x2 when (b0 & 0x80) != 0:
                    if (!ScalePayload.IsIntact(payload.Span, sequence))
                    {
                        tally.Corrupted("payload checksum or number wrong");
                    }
                    else if (++_copies == 1)
                    {
                        tally.Received(Stopwatch.GetTimestamp());
                    }
                    else
                    {
                        tally.Duplicated();
                    }

                    break;
                default:
                    tally.Corrupted($"unexpected frame 0x{b0:X2}");
                    return false;
            }

            var consumed = header + length;
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, _end - consumed);
            _end -= consumed;
        }

        return true;
    }

    private async ValueTask SendPongAsync(ReadOnlyMemory<byte> payload, CancellationToken stop)
    {
        var frame = new byte[6 + payload.Length];
        frame[0] = 0x8A;
        frame[1] = (byte)(0x80 | payload.Length);
        Random.Shared.NextBytes(frame.AsSpan(2, 4));
        for (var i = 0; i < payload.Length; i++)
        {
            frame[6 + i] = (byte)(payload.Span[i] ^ frame[2 + (i % 4)]);
        }

        await _socket.SendAsync(frame, SocketFlags.None, stop).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="head"/> has a header <paramref name="name"/> (any case) whose value is exactly <paramref name="value"/>.</summary>
    internal static bool HasHeader(string head, string name, string value)
    {
        foreach (var line in head.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.AsSpan(0, colon).Equals(name, StringComparison.OrdinalIgnoreCase)
                && line.AsSpan(colon + 1).Trim(" \t").SequenceEqual(value))
            {
                return true;
            }
        }

        return false;
    }

    private async Task ReadResponseHeadAsync(string expectedAccept, CancellationToken cancellationToken)
    {
        while (true)
        {
            var end = _buffer.AsSpan(0, _end).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                var head = Encoding.ASCII.GetString(_buffer, 0, end);
                if (!head.StartsWith("HTTP/1.1 101 ", StringComparison.Ordinal))
                {
                    throw new InvalidDataException("Not a 101: " + head.Split('\r')[0]);
                }

                if (!HasHeader(head, "Sec-WebSocket-Accept", expectedAccept))
                {
                    throw new InvalidDataException("The 101 lacks the right Sec-WebSocket-Accept.");
                }

                var consumed = end + 4;
                Buffer.BlockCopy(_buffer, consumed, _buffer, 0, _end - consumed);
                _end -= consumed;
                return;
            }

            if (_end == BufferSize)
            {
                throw new InvalidDataException($"Response head longer than {BufferSize} B.");
            }

            var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new InvalidDataException("The server closed the connection during the handshake.");
            }

            _end += read;
        }
    }
}
