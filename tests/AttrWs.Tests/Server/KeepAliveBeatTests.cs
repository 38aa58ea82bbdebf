using System.Net.Sockets;
using AttrWs.Diagnostics;
using AttrWs.Server;
using AttrWs.Sessions;
using AttrWs.Testing;

namespace AttrWs.Tests.Server;

/// <summary>
/// The standalone host's keep-alive as the socket's own stream does it for the server's one sweep
/// (<see cref="SocketStream.Beat"/>), on a real loopback connection and with the sweep's clock passed in: a ping only
/// after the interval of quiet from the peer, whole and between the WebSocket's frames; a pong answers it; no pong within
/// the timeout is a dead connection, with the deadline running even while the wire is busy; unsolicited pongs when the
/// timeout is infinite; nothing after the close frame.
/// </summary>
public sealed class KeepAliveBeatTests
{
    private const long Interval = 1_000;
    private const long PongTimeout = 500;

    private static async Task<(SocketStream Stream, Socket Peer, long Start)> OpenAsync(bool smallSendBuffer = false)
    {
        var (server, client) = await LoopbackSockets.ConnectedPairAsync();
        if (smallSendBuffer)
        {
            server.SendBufferSize = 4096; // a big frame's write then waits for the peer to read
        }

        var stream = new SocketStream(server, new AttrWsMetrics(null, null));
        stream.GuardClientFrames(); // as the server does once the 101 is out
        return (stream, client, Environment.TickCount64);
    }

    /// <summary>What the peer receives: at least <paramref name="atLeast"/> bytes, then whatever else is in flight.</summary>
    private static async Task<byte[]> ReceivedAsync(Socket peer, int atLeast = 0)
    {
        var all = new List<byte>();
        var buffer = new byte[1 << 16];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (all.Count < atLeast)
        {
            var n = await peer.ReceiveAsync(buffer, SocketFlags.None, timeout.Token);
            if (n == 0)
            {
                break;
            }

            all.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        await Task.Delay(50); // a last look for bytes that should not be there
        while (peer.Available > 0)
        {
            var n = peer.Receive(buffer);
            all.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        return all.ToArray();
    }

    /// <summary>A masked client frame with an empty payload (zero masking key).</summary>
    private static byte[] MaskedEmpty(byte opcode) => [(byte)(0x80 | opcode), 0x80, 0, 0, 0, 0];

    /// <summary>Reads what the peer sent through the guarded stream, as the WebSocket would.</summary>
    private static async Task ReadAllAsync(Stream stream, int count)
    {
        var buffer = new byte[64];
        var read = 0;
        while (read < count)
        {
            read += await stream.ReadAsync(buffer.AsMemory(0, count - read)).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task A_ping_is_written_only_after_the_interval_of_quiet_and_a_pong_answers_it()
    {
        var (stream, peer, t0) = await OpenAsync();
        using var _ = peer;
        await using var __ = stream;

        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval - 50, Interval, PongTimeout));
        Assert.Empty(await ReceivedAsync(peer));

        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + Interval + 10, Interval, PongTimeout));
        Assert.Equal(new byte[] { 0x89, 0x00 }, await ReceivedAsync(peer, 2)); // FIN + ping, unmasked, empty payload

        // Waiting for the pong: no second ping, and no time-out before the deadline.
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval + 400, Interval, PongTimeout));
        Assert.Empty(await ReceivedAsync(peer));

        await peer.SendAsync(MaskedEmpty(0xA));
        await ReadAllAsync(stream, 6);
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval + 450, Interval, PongTimeout)); // answered

        // Long past the old deadline, the connection is fine; the next ping comes after another interval of quiet.
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + 2 * Interval + 400, Interval, PongTimeout));
        Assert.Empty(await ReceivedAsync(peer));
        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + 2 * Interval + 500, Interval, PongTimeout));
        Assert.Equal(new byte[] { 0x89, 0x00 }, await ReceivedAsync(peer, 2));
    }

    [Fact]
    public async Task No_pong_within_the_timeout_is_a_dead_connection_even_when_other_frames_arrive()
    {
        var (stream, peer, t0) = await OpenAsync();
        using var _ = peer;
        await using var __ = stream;

        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + Interval, Interval, PongTimeout));

        // A ping from the peer is not the answer (only a pong is, as with the BCL WebSocket's keep-alive).
        await peer.SendAsync(MaskedEmpty(0x9));
        await ReadAllAsync(stream, 6);
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval + PongTimeout - 1, Interval, PongTimeout));
        Assert.Equal(KeepAliveBeat.TimedOut, stream.Beat(t0 + Interval + PongTimeout, Interval, PongTimeout));
    }

    [Fact]
    public async Task A_pong_that_came_before_the_ping_does_not_answer_it()
    {
        var (stream, peer, t0) = await OpenAsync();
        using var _ = peer;
        await using var __ = stream;

        await peer.SendAsync(MaskedEmpty(0xA)); // an unsolicited pong (a client's own heartbeat)
        await ReadAllAsync(stream, 6);
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + 10, Interval, PongTimeout)); // it counts as the peer talking

        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + 10 + Interval, Interval, PongTimeout));
        Assert.Equal(KeepAliveBeat.TimedOut, stream.Beat(t0 + 10 + Interval + PongTimeout, Interval, PongTimeout));
    }

    [Fact]
    public async Task Bytes_from_the_peer_put_the_next_ping_off()
    {
        var (stream, peer, t0) = await OpenAsync();
        using var _ = peer;
        await using var __ = stream;

        await peer.SendAsync(new byte[] { 0x81, 0x82, 0, 0, 0, 0, (byte)'h', (byte)'i' });
        await ReadAllAsync(stream, 8);
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + 900, Interval, PongTimeout)); // the sweep sees the bytes at 900

        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + 1_800, Interval, PongTimeout));
        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + 1_900, Interval, PongTimeout));
        Assert.Equal(new byte[] { 0x89, 0x00 }, await ReceivedAsync(peer, 2));
    }

    [Fact]
    public async Task An_infinite_timeout_sends_unsolicited_pongs_each_interval_and_never_times_out()
    {
        var (stream, peer, t0) = await OpenAsync();
        using var _ = peer;
        await using var __ = stream;

        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + Interval, Interval, -1));
        Assert.Equal(new byte[] { 0x8A, 0x00 }, await ReceivedAsync(peer, 2));
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval + 999, Interval, -1));
        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + 2 * Interval, Interval, -1));
        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + 3 * Interval, Interval, -1));
        Assert.Equal(new byte[] { 0x8A, 0x00, 0x8A, 0x00 }, await ReceivedAsync(peer, 4));
    }

    [Fact]
    public async Task No_keep_alive_frame_follows_the_close_frame()
    {
        var (stream, peer, t0) = await OpenAsync();
        using var _ = peer;
        await using var __ = stream;

        byte[] close = [0x88, 0x02, 0x03, 0xE8]; // close 1000, as the WebSocket writes it: one frame per write
        await stream.WriteAsync(close);
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + 10 * Interval, Interval, PongTimeout));
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + 20 * Interval, Interval, -1));
        Assert.Equal(close, await ReceivedAsync(peer, close.Length));
    }

    [Fact]
    public async Task A_ping_waits_for_a_frame_being_written_and_its_deadline_runs_meanwhile()
    {
        var (stream, peer, t0) = await OpenAsync(smallSendBuffer: true);
        using var _ = peer;
        await using var __ = stream;

        // One big binary frame the peer does not read yet: its write cannot finish.
        var payload = new byte[16 << 20];
        new Random(7).NextBytes(payload);
        var frame = new byte[10 + payload.Length];
        frame[0] = 0x82;
        frame[1] = 127;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(frame.AsSpan(2), (ulong)payload.Length);
        payload.CopyTo(frame, 10);
        var writing = stream.WriteAsync(frame);
        Assert.False(writing.IsCompleted, "the frame fit in the socket buffers; the test needs a pending write");

        // Due, but the wire is busy: not sent (owed), and a pong deadline runs from now.
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval, Interval, PongTimeout));

        // The peer reads everything: the frame arrives whole, then the owed ping at the next beat, never inside it.
        var reading = ReceivedAsync(peer, frame.Length);
        await writing.AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        var before = await reading;
        Assert.Equal(frame, before);
        Assert.Equal(KeepAliveBeat.Sent, stream.Beat(t0 + Interval + 100, Interval, PongTimeout));
        Assert.Equal(new byte[] { 0x89, 0x00 }, await ReceivedAsync(peer, 2));

        // The deadline ran from when the ping was due.
        Assert.Equal(KeepAliveBeat.TimedOut, stream.Beat(t0 + Interval + PongTimeout, Interval, PongTimeout));
    }

    [Fact]
    public async Task A_write_that_never_finishes_still_times_the_peer_out()
    {
        var (stream, peer, t0) = await OpenAsync(smallSendBuffer: true);
        using var _ = peer;
        await using var __ = stream;

        var frame = new byte[16 << 20];
        frame[0] = 0x82;
        frame[1] = 127;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(frame.AsSpan(2), (ulong)(frame.Length - 10));
        var writing = stream.WriteAsync(frame);
        Assert.False(writing.IsCompleted);

        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval, Interval, PongTimeout));
        Assert.Equal(KeepAliveBeat.None, stream.Beat(t0 + Interval + PongTimeout - 1, Interval, PongTimeout));
        Assert.Equal(KeepAliveBeat.TimedOut, stream.Beat(t0 + Interval + PongTimeout, Interval, PongTimeout));
        peer.Close(); // ends the pending write
        await Assert.ThrowsAnyAsync<IOException>(() => writing.AsTask().WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
