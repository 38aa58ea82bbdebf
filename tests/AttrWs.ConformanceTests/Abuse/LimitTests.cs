using System.Net.WebSockets;
using System.Text;
using AttrWs.ConformanceTests.Clients;
using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Abuse;

/// <summary>Header floods, connection floods, oversize messages, dead peers and idle clients, on real sockets.</summary>
public sealed class LimitTests
{
    private static readonly byte[] ValidHead = Encoding.ASCII.GetBytes(
        "GET /echo HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");

    [Fact]
    public async Task An_endless_header_flood_gets_431_and_the_connection_is_closed()
    {
        await using var server = await ConformanceServer.StartAsync();
        using var connection = await RawConnection.ConnectAsync(server.EndPoint);
        await connection.SendAsync("GET /echo HTTP/1.1\r\nHost: localhost\r\n"u8.ToArray());
        var reading = connection.ReadResponseAsync();
        var line = "X-Flood: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n"u8.ToArray();
        var chunk = Enumerable.Repeat(line, 64).SelectMany(x => x).ToArray();
        for (var written = 0; written < 4 * 1024 * 1024 && !reading.IsCompleted; written += chunk.Length)
        {
            try
            {
                await connection.SendAsync(chunk);
            }
            catch (IOException)
            {
                break; // the server answered and closed while the flood was still coming
            }
        }

        var response = await reading;
        Assert.NotNull(response);
        Assert.Equal(431, response.Status);
        Assert.True(await connection.WaitForCloseAsync());
    }

    [Fact]
    public async Task A_connection_flood_gets_503_with_retry_after_at_the_limit_and_service_recovers()
    {
        const int limit = 20;
        await using var server = await ConformanceServer.StartAsync(o => o.Limits.MaxConnections = limit);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var held = new List<ClientWebSocket>();
        for (var i = 0; i < limit; i++)
        {
            var client = new ClientWebSocket();
            await client.ConnectAsync(server.Ws("/echo"), cts.Token);
            held.Add(client);
        }

        // The flood: every extra connection is answered 503 + Retry-After, not queued or dropped silently.
        var flood = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var connection = await RawConnection.ConnectAsync(server.EndPoint);
            await connection.SendAsync(ValidHead);
            return await connection.ReadResponseAsync();
        }));
        Assert.All(flood, response =>
        {
            Assert.NotNull(response);
            Assert.Equal(503, response.Status);
            Assert.Equal("5", response["Retry-After"]);
        });

        // Recovery: once clients leave, new ones get in.
        foreach (var client in held.Take(5))
        {
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
            client.Dispose();
        }

        using var fresh = await ConnectWhenAdmittedAsync(server, cts.Token);
        await fresh.SendAsync("recovered"u8.ToArray(), WebSocketMessageType.Text, true, cts.Token);
        var (_, data) = await ClientWebSocketTests.ReceiveMessageAsync(fresh, cts.Token);
        Assert.Equal("recovered", Encoding.UTF8.GetString(data));
        foreach (var client in held.Skip(5))
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_message_over_the_limit_closes_the_session_with_1009()
    {
        await using var server = await ConformanceServer.StartAsync(o => o.Limits.MaxMessageSize = 64 * 1024);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new ClientWebSocket();
        await client.ConnectAsync(server.Ws("/echo"), cts.Token);
        await client.SendAsync(new byte[100 * 1024], WebSocketMessageType.Binary, true, cts.Token);
        var (type, _) = await ClientWebSocketTests.ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.CloseStatus);
    }

    [Fact]
    public async Task A_dead_peer_that_never_answers_pings_is_dropped_at_the_keep_alive_timeout()
    {
        await using var server = await ConformanceServer.StartAsync(o =>
        {
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            o.Limits.KeepAliveTimeout = TimeSpan.FromMilliseconds(500);
        });
        using var dead = await RawWebSocket.OpenAsync(server.EndPoint);
        var ping = await dead.ReadFrameAsync();
        Assert.NotNull(ping);
        Assert.Equal(Frame.Ping, ping.Opcode);

        // Never answering: the server must give up on the connection.
        Assert.True(await dead.Connection.WaitForCloseAsync(TimeSpan.FromSeconds(15)), "the dead peer was never dropped");
        for (var i = 0; i < 100 && server.Server.Connections.Count > 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, server.Server.Connections.Count);
    }

    [Fact]
    public async Task A_live_peer_that_answers_pings_is_kept()
    {
        await using var server = await ConformanceServer.StartAsync(o =>
        {
            o.Limits.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
            o.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(5); // generous: a loaded CI machine must not fail a live peer
        });
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new ClientWebSocket();
        await client.ConnectAsync(server.Ws("/echo"), cts.Token);
        var receiving = ClientWebSocketTests.ReceiveMessageAsync(client, cts.Token); // a pending receive answers pings
        await Task.Delay(3000, cts.Token); // many ping rounds
        await client.SendAsync("alive"u8.ToArray(), WebSocketMessageType.Text, true, cts.Token);
        var (_, data) = await receiving;
        Assert.Equal("alive", Encoding.UTF8.GetString(data));
        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task An_idle_session_is_closed_with_1001_idle_timeout()
    {
        await using var server = await ConformanceServer.StartAsync(o => o.Limits.IdleTimeout = TimeSpan.FromMilliseconds(500));
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var client = new ClientWebSocket();
        await client.ConnectAsync(server.Ws("/echo"), cts.Token);
        var (type, _) = await ClientWebSocketTests.ReceiveMessageAsync(client, cts.Token);
        Assert.Equal(WebSocketMessageType.Close, type);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, client.CloseStatus);
        Assert.Equal("idle timeout", client.CloseStatusDescription);
    }

    private static async Task<ClientWebSocket> ConnectWhenAdmittedAsync(ConformanceServer server, CancellationToken cancellationToken)
    {
        // The slots free as the server finishes the closed sessions: retry a bounded number of times.
        for (var attempt = 0; ; attempt++)
        {
            var client = new ClientWebSocket();
            try
            {
                await client.ConnectAsync(server.Ws("/echo"), cancellationToken);
                return client;
            }
            catch (WebSocketException) when (attempt < 50)
            {
                client.Dispose();
                await Task.Delay(100, cancellationToken);
            }
        }
    }
}
