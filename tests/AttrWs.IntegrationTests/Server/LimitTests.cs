using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class LimitTests
{
    [Fact]
    public async Task Answers_503_with_Retry_After_at_max_connections_and_recovers_after_one_closes()
    {
        await using var server = await TestServer.StartEchoAsync(o => { o.Limits.MaxConnections = 2; o.Limits.RetryAfter = TimeSpan.FromSeconds(7); });
        using var first = await server.ConnectAsync("/echo");
        using var second = await server.ConnectAsync("/echo");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 2, "two sessions open");

        var busy = await RawHttp.SendAsync(server.Port, RawHttp.Request("/echo", RawHttp.UpgradeHeaders));
        Assert.StartsWith("HTTP/1.1 503", busy);
        Assert.Contains("\r\nRetry-After: 7\r\n", busy);

        await first.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        ClientWebSocket? third = null;
        for (var attempt = 0; attempt < 100 && third is null; attempt++)
        {
            try
            {
                third = await server.ConnectAsync("/echo");
            }
            catch (WebSocketException)
            {
                await Task.Delay(50);
            }
        }

        Assert.NotNull(third);
        await third.SendTextAsync("recovered");
        Assert.Equal("recovered", await third.ReceiveTextAsync());
        third.Dispose();
    }

    [Fact]
    public async Task Drops_a_trickling_client_at_the_handshake_timeout_while_others_connect()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.HandshakeTimeout = TimeSpan.FromSeconds(1));
        using var slow = await RawHttp.ConnectAsync(server.Port);
        var request = Encoding.ASCII.GetBytes(RawHttp.Request("/echo", RawHttp.UpgradeHeaders));
        var closedByServer = slow.ReceiveAsync(new byte[1], SocketFlags.None);
        var sent = 0;
        var trickle = Task.Run(async () =>
        {
            try
            {
                for (; sent < request.Length && !closedByServer.IsCompleted; sent++)
                {
                    await slow.SendAsync(request.AsMemory(sent, 1), SocketFlags.None);
                    await Task.Delay(200);
                }
            }
            catch (SocketException)
            {
                // The server closed the connection under us: that is the point.
            }
        });

        using var normal = await server.ConnectAsync("/echo");
        await normal.SendTextAsync("fast client");
        Assert.Equal("fast client", await normal.ReceiveTextAsync());

        await trickle.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(closedByServer.IsCompleted, "the server closed the trickling connection");
        Assert.True(sent < request.Length, $"dropped before the head was complete ({sent} of {request.Length} bytes sent)");
        Assert.Equal(0, await closedByServer.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : 0, TaskScheduler.Default));
    }

    [Fact]
    public async Task Keep_alive_pong_timeout_aborts_a_dead_peer()
    {
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            o.Limits.KeepAliveTimeout = TimeSpan.FromMilliseconds(300);
        });
        using var dead = await RawHttp.ConnectAsync(server.Port);
        await dead.SendAsync(Encoding.ASCII.GetBytes(RawHttp.Request("/echo", RawHttp.UpgradeHeaders)), SocketFlags.None);
        Assert.StartsWith("HTTP/1.1 101", await RawHttp.ReadHeadAsync(dead));
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 1, "session open");

        // Read (pings included) but never answer: the server must give up on the peer and drop it (FIN or reset),
        // before this test's own bound runs out; only the server can end the connection here.
        using var bound = new CancellationTokenSource(ClientExtensions.Timeout);
        var received = new List<byte>();
        var buffer = new byte[4096];
        string ended;
        try
        {
            while (true)
            {
                var read = await dead.ReceiveAsync(buffer, SocketFlags.None, bound.Token);
                if (read == 0)
                {
                    ended = "closed";
                    break;
                }

                received.AddRange(buffer.AsSpan(0, read).ToArray());
            }
        }
        catch (SocketException)
        {
            ended = "reset";
        }
        catch (OperationCanceledException)
        {
            ended = "still open";
        }

        Assert.True(ended is "closed" or "reset", $"the server dropped the dead peer (connection {ended} after {ClientExtensions.Timeout})");
        Assert.Contains((byte)0x89, received); // at least one ping frame (opcode 0x9, FIN set) before the drop
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 0, "dead peer removed from the registry");
    }

    [Fact]
    public async Task Idle_timeout_closes_a_silent_session_with_1001()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.IdleTimeout = TimeSpan.FromMilliseconds(300));
        using var client = await server.ConnectAsync("/echo");
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await client.ReceiveCloseAsync());
        Assert.Equal("idle timeout", client.CloseStatusDescription);
    }
}
