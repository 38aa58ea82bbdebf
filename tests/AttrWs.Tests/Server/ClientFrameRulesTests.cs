using System.Net;
using System.Net.Sockets;
using AttrWs.Diagnostics;
using AttrWs.Server;
using AttrWs.Testing;

namespace AttrWs.Tests.Server;

/// <summary>
/// Guards the client-frame rules where the WebSocket reads the socket's own stream (<see cref="SocketStream.GuardClientFrames"/>,
/// the standalone host's usual case) and where <see cref="ClientFrameGuardStream"/> wraps a stream: a zero-byte read (an
/// idle connection's wait for the next frame, the socket's own receive when guarded directly) waits until bytes arrive
/// and returns 0 without consuming them, and the rules apply to the bytes read after it (an unmasked frame is poisoned,
/// a masked one passes whole), with the frame's remaining payload reported.
/// </summary>
public sealed class ClientFrameRulesTests
{

    private static Stream Guarded(Socket server, bool direct)
    {
        var socketStream = new SocketStream(server, new AttrWsMetrics(null, null));
        if (direct)
        {
            socketStream.GuardClientFrames();
            return socketStream;
        }

        return new ClientFrameGuardStream(socketStream);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public async Task A_zero_byte_read_waits_for_bytes_then_the_frame_is_inspected(bool masked, bool direct)
    {
        var (server, client) = await LoopbackSockets.ConnectedPairAsync();
        using var _ = client;
        await using var guard = Guarded(server, direct);

        var waiting = guard.ReadAsync(Memory<byte>.Empty);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted); // nothing sent yet: the wait is pending

        // A text frame "hi": masked with a zero key, or unmasked.
        byte[] frame = masked ? [0x81, 0x82, 0, 0, 0, 0, (byte)'h', (byte)'i'] : [0x81, 0x02, (byte)'h', (byte)'i'];
        await client.SendAsync(frame);
        Assert.Equal(0, await waiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        var buffer = new byte[64];
        if (masked)
        {
            // The header alone first: the guard then knows the payload still to come.
            var header = 0;
            while (header < 6)
            {
                header += await guard.ReadAsync(buffer.AsMemory(header, 6 - header)).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            }

            Assert.Equal(2, ((AttrWs.Sessions.IIncomingFrameProgress)guard).PayloadRemaining);
        }

        var read = masked ? 6 : 0;
        while (read < (masked ? frame.Length : 2 + 13 - 1))
        {
            var n = await guard.ReadAsync(buffer.AsMemory(read)).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        if (masked)
        {
            Assert.Equal(frame, buffer[..read]); // the zero-byte read consumed nothing
        }
        else
        {
            // The first byte, then the header the framing code rejects instead of the unmasked frame.
            Assert.Equal(0x81, buffer[0]);
            Assert.Equal(0xFF, buffer[1]);
            Assert.Equal(0xFF, buffer[2]);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_zero_byte_read_reports_the_peers_end_of_stream(bool direct)
    {
        var (server, client) = await LoopbackSockets.ConnectedPairAsync();
        await using var guard = Guarded(server, direct);
        var waiting = guard.ReadAsync(Memory<byte>.Empty);
        client.Shutdown(SocketShutdown.Both);
        client.Dispose();
        Assert.Equal(0, await waiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await guard.ReadAsync(new byte[8]).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
