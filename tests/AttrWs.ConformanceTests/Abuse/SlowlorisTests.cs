using System.Net.WebSockets;
using System.Text;
using AttrWs.ConformanceTests.Clients;
using AttrWs.ConformanceTests.Infrastructure;

namespace AttrWs.ConformanceTests.Abuse;

/// <summary>Slow clients cannot hold the server: they are dropped at the handshake timeout while normal clients get in.</summary>
public sealed class SlowlorisTests
{
    private const int SlowClients = 300;

    [Fact]
    public async Task Hundreds_of_trickling_heads_do_not_stop_a_normal_client_and_are_dropped_at_the_handshake_timeout()
    {
        await using var server = await ConformanceServer.StartAsync(o => o.Limits.HandshakeTimeout = TimeSpan.FromSeconds(2));
        var slow = new RawConnection[SlowClients];
        for (var i = 0; i < SlowClients; i++)
        {
            slow[i] = await RawConnection.ConnectAsync(server.EndPoint);
            await slow[i].SendAsync("GET /echo HTTP/1.1\r\nHost: localhost\r\n"u8.ToArray());
        }

        // Each slow client keeps trickling one header byte every 200 ms until the server drops it (at most 40 s).
        var dropped = slow.Select(TrickleUntilDroppedAsync).ToArray();

        // Meanwhile a normal client connects and echoes.
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        using (var client = new ClientWebSocket())
        {
            await client.ConnectAsync(server.Ws("/echo"), cts.Token);
            await client.SendAsync("through the crowd"u8.ToArray(), WebSocketMessageType.Text, true, cts.Token);
            var (_, data) = await ClientWebSocketTests.ReceiveMessageAsync(client, cts.Token);
            Assert.Equal("through the crowd", Encoding.UTF8.GetString(data));
            await client.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
        }

        var outcomes = await Task.WhenAll(dropped);
        Assert.All(outcomes, outcome => Assert.Equal("dropped without a response", outcome));
        foreach (var connection in slow)
        {
            connection.Dispose();
        }
    }

    [Fact]
    public async Task A_connection_that_sends_nothing_is_dropped_at_the_handshake_timeout()
    {
        await using var server = await ConformanceServer.StartAsync(o => o.Limits.HandshakeTimeout = TimeSpan.FromSeconds(1));
        using var silent = await RawConnection.ConnectAsync(server.EndPoint);
        Assert.Null(await silent.ReadResponseAsync()); // closed without a response (ReadResponseAsync is bounded to 10 s)
    }

    [Fact]
    public async Task Slow_clients_filling_the_connection_limit_get_normal_clients_503_until_they_are_dropped()
    {
        // Slow heads hold connection slots until the handshake timeout: at the limit, a normal client is told 503 +
        // Retry-After (never left hanging), and gets in once the timeout has dropped the slow ones.
        await using var server = await ConformanceServer.StartAsync(o =>
        {
            o.Limits.MaxConnections = 50;
            o.Limits.HandshakeTimeout = TimeSpan.FromSeconds(2);
        });
        var slow = new List<RawConnection>();
        for (var i = 0; i < 50; i++)
        {
            var connection = await RawConnection.ConnectAsync(server.EndPoint);
            await connection.SendAsync("GET /echo HTTP/1.1\r\n"u8.ToArray());
            slow.Add(connection);
        }

        // Admission happens on the server's connection task, a moment after the accept: allow a few tries.
        RawResponse? response = null;
        for (var attempt = 0; attempt < 10 && response?.Status != 503; attempt++)
        {
            await Task.Delay(100);
            using var busy = await RawConnection.ConnectAsync(server.EndPoint);
            await busy.SendAsync(Encoding.ASCII.GetBytes("GET /echo HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
            response = await busy.ReadResponseAsync();
        }

        Assert.NotNull(response);
        Assert.Equal(503, response.Status);
        Assert.NotNull(response["Retry-After"]);

        Assert.All(await Task.WhenAll(slow.Select(c => c.ReadResponseAsync())), Assert.Null);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new ClientWebSocket();
        await client.ConnectAsync(server.Ws("/echo"), cts.Token);
        Assert.Equal(WebSocketState.Open, client.State);
        foreach (var connection in slow)
        {
            connection.Dispose();
        }
    }

    [Fact]
    public async Task StopAsync_ends_connections_that_are_still_sending_their_head()
    {
        var server = await ConformanceServer.StartAsync(o => o.Limits.HandshakeTimeout = TimeSpan.FromSeconds(30));
        var slow = new List<RawConnection>();
        for (var i = 0; i < 50; i++)
        {
            var connection = await RawConnection.ConnectAsync(server.EndPoint);
            await connection.SendAsync("GET /echo HTTP/1.1\r\nHost: loc"u8.ToArray());
            slow.Add(connection);
        }

        await server.DisposeAsync(); // StopAsync, far sooner than the 30 s handshake timeout
        var closed = await Task.WhenAll(slow.Select(c => c.WaitForCloseAsync(TimeSpan.FromSeconds(10))));
        Assert.All(closed, Assert.True);
        foreach (var connection in slow)
        {
            connection.Dispose();
        }
    }

    private static async Task<string> TrickleUntilDroppedAsync(RawConnection connection)
    {
        var reading = connection.ReadResponseAsync();
        var header = "X-Slow: a\r\n"u8.ToArray();
        for (var i = 0; i < 200 && !reading.IsCompleted; i++)
        {
            try
            {
                await connection.SendAsync(header.AsMemory(i % header.Length, 1));
            }
            catch (IOException)
            {
                break; // reset by the server
            }

            await Task.WhenAny(reading, Task.Delay(200));
        }

        if (!reading.IsCompleted)
        {
            return "still open after 40 s";
        }

        try
        {
            var response = await reading;
            return response is null ? "dropped without a response" : "answered " + response.Status;
        }
        catch (IOException ex)
        {
            return "broken response: " + ex.Message;
        }
    }
}
