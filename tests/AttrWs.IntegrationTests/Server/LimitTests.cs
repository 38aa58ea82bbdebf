using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// The server's limits as well-behaved clients meet them (connection limit, idle timeout). Abusive peers against the
/// same limits (floods, trickling heads, dead peers) are conformance tests: AttrWs.ConformanceTests/Abuse.
/// </summary>
public sealed class LimitTests
{
    [Fact]
    public async Task Answers_503_with_Retry_After_at_max_connections_and_recovers_after_one_closes()
    {
        await using var server = await TestServer.StartEchoAsync(o => { o.Limits.MaxConnections = 2; o.Limits.RetryAfter = TimeSpan.FromSeconds(7); });
        using var first = await server.ConnectAsync("/echo");
        using var second = await server.ConnectAsync("/echo");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 2, "two sessions open");

        // Every connection over the limit, even fifty at once, is answered 503 + Retry-After: never queued or dropped silently.
        var busy = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using var connection = await RawConnection.ConnectAsync(server.Port);
            await connection.SendAsync(RawConnection.Request("/echo", RawConnection.UpgradeHeaders));
            return await connection.ReadResponseAsync();
        }));
        Assert.All(busy, response =>
        {
            Assert.NotNull(response);
            Assert.Equal(503, response.Status);
            Assert.Equal("7", response["Retry-After"]);
        });

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
    public async Task Idle_timeout_closes_a_silent_session_with_1001()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.IdleTimeout = TimeSpan.FromMilliseconds(300));
        using var client = await server.ConnectAsync("/echo");
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await client.ReceiveCloseAsync());
        Assert.Equal("idle timeout", client.CloseStatusDescription);
    }
}
