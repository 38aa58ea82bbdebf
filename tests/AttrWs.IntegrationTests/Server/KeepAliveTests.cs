using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using AttrWs.IntegrationTests.Diagnostics;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// The standalone host's keep-alive over real connections: on a plain connection the server's one sweep writes the pings
/// (the socket's own stream, no timer per connection), whole and between the WebSocket's frames however busy the wire;
/// a peer that never answers is logged and dropped; over TLS the WebSocket's own keep-alive timer still pings.
/// </summary>
public sealed class KeepAliveTests
{
    private static IPEndPoint EndPoint(TestServer server) => new(IPAddress.Loopback, server.Port);

    [Fact]
    public async Task Pings_between_large_echoed_messages_never_break_a_frame()
    {
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(20); // a ping is due whenever the client listens for 20 ms
            o.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(30);
            o.Limits.MaxMessageSize = 16 << 20;
        });
        using var client = await RawWebSocket.OpenAsync(EndPoint(server));
        var random = new Random(11);
        var pings = 0;
        for (var round = 0; round < 6; round++)
        {
            var payload = new byte[(8 << 20) + round];
            random.NextBytes(payload);
            await client.SendAsync(new Frame { Opcode = Frame.Binary, Payload = payload });
            await Task.Delay(100); // quiet: pings fall due while the server still writes the 8 MiB echo to an unread socket

            // The echo, in one frame or fragments (a ping may come between fragments: control frames may, §5.4).
            var echo = new MemoryStream();
            var complete = false;
            for (var i = 0; i < 1000 && !complete; i++)
            {
                var frame = await client.ReadFrameAsync();
                Assert.NotNull(frame);
                Assert.False(frame.Masked);
                Assert.Equal(0, frame.Rsv);
                if (frame.Opcode == Frame.Ping)
                {
                    Assert.True(frame.Fin);
                    Assert.True(frame.Payload.Length <= 125);
                    pings++;
                    await client.SendAsync(new Frame { Opcode = Frame.Pong, Payload = frame.Payload });
                    continue;
                }

                Assert.Equal(echo.Length == 0 ? Frame.Binary : Frame.Continuation, frame.Opcode);
                echo.Write(frame.Payload);
                complete = frame.Fin;
            }

            Assert.True(complete, "the echo never ended");
            Assert.True(payload.AsSpan().SequenceEqual(echo.ToArray()), $"round {round}: the echo differs from what was sent");
        }

        Assert.True(pings > 0, "no ping was written: the test proved nothing about pings between frames");
        Assert.Equal(1, server.Server.Connections.Count); // every ping was answered: still open
    }

    [Fact]
    public async Task A_peer_that_never_answers_is_logged_and_dropped()
    {
        var logs = new CapturingLoggerFactory();
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.LoggerFactory = logs;
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            o.Limits.KeepAliveTimeout = TimeSpan.FromMilliseconds(300);
        });
        using var dead = await RawWebSocket.OpenAsync(EndPoint(server));
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 1, "the session is open");
        var id = server.Server.Connections.Single().ConnectionId;

        var ping = await dead.ReadFrameAsync();
        Assert.NotNull(ping);
        Assert.Equal(Frame.Ping, ping.Opcode);
        Assert.True(await dead.Connection.WaitForCloseAsync(TimeSpan.FromSeconds(15)), "the dead peer was never dropped");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 0, "the session is gone");

        var entry = Assert.Single(logs.Entries, e => e.EventId.Id == 22);
        Assert.Contains(id, entry.Message, StringComparison.Ordinal);
        Assert.Contains("no pong", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tls_connection_is_pinged_by_the_websockets_own_keep_alive()
    {
        using var certificate = TlsTests.CreateSelfSigned();
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Certificate = certificate;
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            o.Limits.KeepAliveTimeout = TimeSpan.FromMilliseconds(400);
        });
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Port);
        await using var tls = new SslStream(tcp.GetStream(), false, (_, cert, _, _) => cert?.GetCertHashString() == certificate.GetCertHashString());
        await tls.AuthenticateAsClientAsync("localhost");
        await tls.WriteAsync(Encoding.ASCII.GetBytes(RawConnection.Request("/echo", RawConnection.UpgradeHeaders)));
        var head = await ReadHeadAsync(tls);
        Assert.StartsWith("HTTP/1.1 101", head, StringComparison.Ordinal);

        var ping = await ServerFrame.ReadAsync(tls, TimeSpan.FromSeconds(10));
        Assert.NotNull(ping);
        Assert.Equal(Frame.Ping, ping.Opcode);

        // Never answered: the WebSocket's own keep-alive drops the connection.
        ServerFrame? frame;
        var frames = 0;
        do
        {
            frame = await ServerFrame.ReadAsync(tls, TimeSpan.FromSeconds(15));
        }
        while (frame is not null && ++frames < 100);
        Assert.Null(frame);
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 0, "the session is gone");
    }

    private static async Task<string> ReadHeadAsync(Stream stream)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, timeout.Token) == 0)
            {
                break;
            }

            head.Append((char)one[0]);
        }

        return head.ToString();
    }
}

/// <summary>
/// Runs alone: counts the process's timers. An idle plain connection holds no keep-alive timer of its own (the server's
/// one sweep pings it), so many of them add no timers.
/// </summary>
[Collection(AllocationCounting.Name)]
public sealed class KeepAliveTimerTests
{
    [Fact]
    public async Task Idle_plain_connections_hold_no_timer_each_and_are_still_pinged()
    {
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(300);
            o.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(10);
        });
        var endPoint = new IPEndPoint(IPAddress.Loopback, server.Port);
        var before = Timer.ActiveCount;
        const int Count = 200;
        var clients = new List<RawWebSocket>();
        try
        {
            for (var i = 0; i < Count; i++)
            {
                clients.Add(await RawWebSocket.OpenAsync(endPoint));
            }

            await Eventually.TrueAsync(() => server.Server.Connections.Count == Count, "every session is open");
            var added = Timer.ActiveCount - before;
            Assert.True(added < Count / 4, $"{added} timers for {Count} idle connections: a timer per connection is back");

            foreach (var client in clients.Take(5))
            {
                var ping = await client.ReadFrameAsync();
                Assert.NotNull(ping);
                Assert.Equal(Frame.Ping, ping.Opcode);
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}
