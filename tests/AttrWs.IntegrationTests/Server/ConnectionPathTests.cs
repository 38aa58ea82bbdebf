using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// What the memory-light connection path (one frame per connection, wire bytes counted by the transport stream, writes
/// tried as non-blocking sends first) must keep doing, on real sockets.
/// </summary>
public sealed class ConnectionPathTests
{
    [Fact]
    public async Task The_wire_bytes_metrics_count_every_byte_the_client_sent_and_received()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var metrics = new MetricsCapture(server.Server);
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port));
        var wire = new ClientCountingStream(new NetworkStream(socket, ownsSocket: false));
        await wire.WriteAsync(Encoding.ASCII.GetBytes(RawConnection.Request("/echo", RawConnection.UpgradeHeaders)));
        var head = await ReadHeadAsync(wire);
        Assert.StartsWith("HTTP/1.1 101", head);

        using (var client = WebSocket.CreateFromStream(wire, new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero }))
        {
            await client.SendTextAsync("hello, counted world");
            Assert.Equal("hello, counted world", await client.ReceiveTextAsync());
            var big = new byte[300_000];
            Random.Shared.NextBytes(big);
            await client.SendAsync(big, WebSocketMessageType.Binary, true, CancellationToken.None);
            Assert.Equal(big, (await client.ReceiveWholeAsync()).Data);
            using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        await Eventually.TrueAsync(() => metrics.Sum("attrws.connections.current") == 0, "the session ended");
        Assert.Equal(wire.BytesWritten, metrics.Sum("attrws.bytes.received"));
        Assert.Equal(wire.BytesRead, metrics.Sum("attrws.bytes.sent"));
    }
    [Fact]
    public async Task Clients_that_send_nothing_and_endpoints_that_wait_do_not_hold_up_the_next_accept()
    {
        // The accept loops run each connection until its first wait: the head's read of a client that sends nothing,
        // an endpoint's receive. More of both than there are loops must still leave every loop accepting.
        await using var server = await TestServer.StartEchoAsync();
        var silent = new List<Socket>();
        var open = new List<ClientWebSocket>();
        try
        {
            for (var i = 0; i < Environment.ProcessorCount + 2; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                silent.Add(socket);
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, server.Port));
                open.Add(await server.ConnectAsync("/echo"));
            }

            using var last = await server.ConnectAsync("/echo");
            await last.SendTextAsync("accepted");
            Assert.Equal("accepted", await last.ReceiveTextAsync());
            foreach (var client in open)
            {
                await client.SendTextAsync("still served");
                Assert.Equal("still served", await client.ReceiveTextAsync());
            }
        }
        finally
        {
            foreach (var client in open)
            {
                client.Dispose();
            }

            foreach (var socket in silent)
            {
                socket.Dispose();
            }
        }
    }

    [Fact]
    public async Task A_message_bigger_than_the_socket_buffers_reaches_a_peer_that_reads_late_whole_and_in_order()
    {
        // The echo's send cannot complete as a non-blocking send (the client does not read for a while): the rest of
        // the bytes wait on an asynchronous send and must follow the first ones in order.
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 16 << 20);
        using var metrics = new MetricsCapture(server.Server);
        using var client = await server.ConnectAsync("/echo");
        var payload = new byte[12 << 20];
        Random.Shared.NextBytes(payload);
        await client.SendAsync(payload, WebSocketMessageType.Binary, true, CancellationToken.None);
        await Eventually.TrueAsync(() => metrics.Sum("attrws.bytes.sent") > 0, "the echo started");
        await Task.Delay(300);
        var (type, data) = await client.ReceiveWholeAsync(maxBytes: 16 << 20);
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(payload, data);
        await client.SendTextAsync("still open");
        Assert.Equal("still open", await client.ReceiveTextAsync());
    }
    [Fact]
    public async Task Stopping_closes_every_idle_session_with_1001_and_waits_for_their_handlers()
    {
        var handlersEnded = 0;
        await using var server = await TestServer.StartAsync(s => s.Map("/idle", async session =>
        {
            try
            {
                while (await session.ReceiveAsync() is not null)
                {
                }
            }
            finally
            {
                Interlocked.Increment(ref handlersEnded);
            }
        }));
        var clients = new List<ClientWebSocket>();
        for (var i = 0; i < 5; i++)
        {
            clients.Add(await server.ConnectAsync("/idle"));
        }

        await Eventually.TrueAsync(() => server.Server.Connections.Count == 5, "five sessions open");
        var closes = clients.Select(c => c.ReceiveCloseAsync()).ToArray();
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        await server.Server.StopAsync(timeout.Token);

        // StopAsync returned: every connection's task had ended, handlers included.
        Assert.Equal(5, Volatile.Read(ref handlersEnded));
        Assert.Equal(0, server.Server.Connections.Count);
        foreach (var close in closes)
        {
            Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await close);
        }

        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
    private static async Task<string> ReadHeadAsync(Stream stream)
    {
        var head = new List<byte>();
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        while (head.Count < 4 || head[^1] != '\n' || head[^2] != '\r' || head[^3] != '\n' || head[^4] != '\r')
        {
            if (await stream.ReadAsync(one, timeout.Token) == 0)
            {
                throw new IOException("The server closed before the end of the response head.");
            }

            head.Add(one[0]);
        }

        return Encoding.Latin1.GetString(head.ToArray());
    }

    /// <summary>The client side of the count: every byte through the client's socket, both ways.</summary>
    private sealed class ClientCountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public long BytesWritten { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(buffer, cancellationToken);
            BytesWritten += buffer.Length;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
            => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
