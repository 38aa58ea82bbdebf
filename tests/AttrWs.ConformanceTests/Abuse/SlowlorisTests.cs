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
        await using var server = await ConformanceServer.StartAsync(o => o.HandshakeTimeout = TimeSpan.FromSeconds(2));
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
