using System.Net;
using System.Net.Sockets;
using AttrWs.Diagnostics;
using AttrWs.Server;
using AttrWs.Testing;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// The transport stream's reads with a cancellation token, which it does not hand to the socket (the socket's cached
/// receive operation would keep the token's source alive for the connection's life): cancelling still ends the read,
/// with an orderly end of the connection as the stream's disposal gives.
/// </summary>
public sealed class SocketStreamTests
{
    [Fact]
    public async Task A_cancelled_pending_read_throws_and_ends_the_connection_with_a_fin()
    {
        var (server, client) = await LoopbackSockets.ConnectedPairAsync();
        using var metrics = new AttrWsMetrics(null, null);
        await using var stream = new SocketStream(server, metrics);
        using (client)
        {
            using var cts = new CancellationTokenSource();
            var read = stream.ReadAsync(new byte[16], cts.Token);
            Assert.False(read.IsCompleted);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await read);

            // An orderly end for the peer (end of stream), not a reset.
            var received = await client.ReceiveAsync(new byte[16], SocketFlags.None).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.Equal(0, received);
        }
    }

    [Fact]
    public async Task An_already_cancelled_token_fails_the_read_at_once()
    {
        var (server, client) = await LoopbackSockets.ConnectedPairAsync();
        using var metrics = new AttrWsMetrics(null, null);
        await using var stream = new SocketStream(server, metrics);
        using (client)
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => _ = await stream.ReadAsync(new byte[16], new CancellationToken(canceled: true)));

            // Nothing was consumed and the connection is still usable.
            await client.SendAsync(new byte[] { 1, 2, 3 }, SocketFlags.None);
            var buffer = new byte[16];
            Assert.Equal(3, await stream.ReadAsync(buffer));
        }
    }


    [Fact]
    public async Task A_second_dispose_is_a_no_op_without_an_exception_and_the_peer_sees_one_orderly_end()
    {
        // The WebSocket disposes its stream, then the connection's method disposes it again: no exception either time
        // (counted on this thread, where Dispose runs), the socket released, and an end of stream for the peer.
        var (server, client) = await LoopbackSockets.ConnectedPairAsync();
        using var metrics = new AttrWsMetrics(null, null);
        var stream = new SocketStream(server, metrics);
        var thread = Environment.CurrentManagedThreadId;
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            stream.Dispose();
            stream.Dispose();
            await stream.DisposeAsync();
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, thrown);
        Assert.True(server.SafeHandle.IsClosed);
        using (client)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            Assert.Equal(0, await client.ReceiveAsync(new byte[16], SocketFlags.None, timeout.Token));
        }
    }
}
