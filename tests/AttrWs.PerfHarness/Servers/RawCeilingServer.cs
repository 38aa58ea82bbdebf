using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace AttrWs.PerfHarness.Servers;

/// <summary>
/// The machine's ceiling: what any .NET WebSocket server must at least do on this machine. It answers each request
/// head with a fixed 101 without parsing it (only the key is located, to compute <c>Sec-WebSocket-Accept</c>), then
/// echoes frames: unmask in place, write back the same opcode unmasked, and after echoing a close frame close the
/// socket. No validation, no buffering beyond one frame, no limits: not a server, a yardstick.
/// </summary>
internal static class RawCeilingServer
{
    private static readonly byte[] KeyName = "Sec-WebSocket-Key:"u8.ToArray();
    private static readonly byte[] Guid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"u8.ToArray();
    private static readonly byte[] ResponseStart = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: "u8.ToArray();

    public static async Task RunAsync(CancellationToken stop)
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(4096);
        ServerHost.AnnounceListening(((IPEndPoint)listener.LocalEndPoint!).Port);
        while (!stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private static async Task ServeAsync(Socket socket)
    {
        socket.NoDelay = true;
        var buffer = new byte[4096];
        try
        {
            // The head: read until CRLFCRLF, then answer.
            var received = 0;
            int headEnd;
            while ((headEnd = buffer.AsSpan(0, received).IndexOf("\r\n\r\n"u8)) < 0)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None).ConfigureAwait(false);
                if (read == 0 || received + read == buffer.Length)
                {
                    return;
                }

                received += read;
            }

            var response = Answer(buffer.AsSpan(0, headEnd));
            await socket.SendAsync(response, SocketFlags.None).ConfigureAwait(false);
            received -= headEnd + 4;
            buffer.AsSpan(headEnd + 4, received).CopyTo(buffer);
            await EchoFramesAsync(socket, buffer, received).ConfigureAwait(false);
        }
        catch (SocketException)
        {
            // The client went away.
        }
        finally
        {
            socket.Dispose();
        }
    }

    private static byte[] Answer(ReadOnlySpan<byte> head)
    {
        var at = head.IndexOf(KeyName);
        var key = at < 0 ? [] : head[(at + KeyName.Length)..];
        var end = key.IndexOf((byte)'\r');
        key = (end < 0 ? key : key[..end]).Trim((byte)' ');
        Span<byte> input = stackalloc byte[key.Length + Guid.Length];
        key.CopyTo(input);
        Guid.CopyTo(input[key.Length..]);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6455 defines the accept key with SHA-1; it is not used for security here.
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        var accept = Convert.ToBase64String(hash);
        var response = new byte[ResponseStart.Length + accept.Length + 4];
        ResponseStart.CopyTo(response, 0);
        Encoding.ASCII.GetBytes(accept, response.AsSpan(ResponseStart.Length));
        "\r\n\r\n"u8.CopyTo(response.AsSpan(ResponseStart.Length + accept.Length));
        return response;
    }

    private static async Task EchoFramesAsync(Socket socket, byte[] buffer, int received)
    {
        while (true)
        {
            // Header: 2 bytes, extended length, 4-byte mask (client frames are masked).
            while (received < 2 || received < HeaderLength(buffer))
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                received += read;
            }

            var headerLength = HeaderLength(buffer);
            var opcode = buffer[0] & 0x0F;
            var length7 = buffer[1] & 0x7F;
            long payloadLength = length7 == 126 ? BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(2))
                : length7 == 127 ? (long)BinaryPrimitives.ReadUInt64BigEndian(buffer.AsSpan(2)) : length7;
            var mask = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(headerLength - 4));
            var frameLength = headerLength + (int)payloadLength;
            if (frameLength > buffer.Length)
            {
                Array.Resize(ref buffer, frameLength);
            }

            while (received < frameLength)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(received), SocketFlags.None).ConfigureAwait(false);
                if (read == 0)
                {
                    return;
                }

                received += read;
            }

            // Answer: the same header without the mask bit and key, then the unmasked payload, in one send.
            var outHeader = headerLength - 4;
            var payload = buffer.AsSpan(headerLength, (int)payloadLength);
            Unmask(payload, mask);
            buffer[1] &= 0x7F;
            buffer.AsSpan(0, outHeader).CopyTo(buffer.AsSpan(4, outHeader));
            await socket.SendAsync(buffer.AsMemory(4, outHeader + (int)payloadLength), SocketFlags.None).ConfigureAwait(false);
            received -= frameLength;
            buffer.AsSpan(frameLength, received).CopyTo(buffer);
            if (opcode == 0x8)
            {
                socket.Shutdown(SocketShutdown.Send);
                return;
            }
        }
    }

    private static int HeaderLength(byte[] buffer)
    {
        var length7 = buffer[1] & 0x7F;
        return 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + 4;
    }

    private static void Unmask(Span<byte> payload, uint mask)
    {
        var i = 0;
        var mask64 = ((ulong)mask << 32) | mask;
        for (; i + 8 <= payload.Length; i += 8)
        {
            var value = BinaryPrimitives.ReadUInt64LittleEndian(payload[i..]) ^ mask64;
            BinaryPrimitives.WriteUInt64LittleEndian(payload[i..], value);
        }

        for (; i < payload.Length; i++)
        {
            payload[i] ^= (byte)(mask >> (8 * (i & 3)));
        }
    }
}
