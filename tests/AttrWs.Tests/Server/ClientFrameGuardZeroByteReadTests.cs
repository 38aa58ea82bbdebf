using System.Net;
using System.Net.Sockets;
using AttrWs.Diagnostics;
using AttrWs.Server;

namespace AttrWs.Tests.Server;

/// <summary>
/// Guards the frame guard's zero-byte read (an idle connection's wait for the next frame), which is the socket's own
/// receive with no frame of the guard's: it waits until bytes arrive and returns 0 without consuming or counting them,
/// and the guard's rules still apply to the bytes read after it (an unmasked frame is poisoned; a masked one passes).
/// </summary>
public sealed class ClientFrameGuardZeroByteReadTests
{
    private static async Task<(Socket Server, Socket Client)> ConnectedPairAsync()
    {
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(listener.LocalEndPoint!);
        var server = await listener.AcceptAsync();
        return (server, client);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_zero_byte_read_waits_for_bytes_then_the_frame_is_inspected(bool masked)
    {
        var (server, client) = await ConnectedPairAsync();
        using var _ = client;
        var metrics = new AttrWsMetrics(null, null);
        await using var guard = new ClientFrameGuardStream(new SocketStream(server, metrics));

        var waiting = guard.ReadAsync(Memory<byte>.Empty);
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted); // nothing sent yet: the wait is pending

        // A text frame "hi": masked with a zero key, or unmasked.
        byte[] frame = masked ? [0x81, 0x82, 0, 0, 0, 0, (byte)'h', (byte)'i'] : [0x81, 0x02, (byte)'h', (byte)'i'];
        await client.SendAsync(frame);
        Assert.Equal(0, await waiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));

        var buffer = new byte[64];
        var read = 0;
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

    [Fact]
    public async Task A_zero_byte_read_reports_the_peers_end_of_stream()
    {
        var (server, client) = await ConnectedPairAsync();
        await using var guard = new ClientFrameGuardStream(new SocketStream(server, new AttrWsMetrics(null, null)));
        var waiting = guard.ReadAsync(Memory<byte>.Empty);
        client.Shutdown(SocketShutdown.Both);
        client.Dispose();
        Assert.Equal(0, await waiting.AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(0, await guard.ReadAsync(new byte[8]).AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
