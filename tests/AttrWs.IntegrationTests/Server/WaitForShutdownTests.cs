using System.Net;
using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// <see cref="WebSocketServer.WaitForShutdownAsync"/> keeps serving until asked to stop, then stops gracefully. The signal
/// path (SIGTERM to a real process) is driven by the README test in AttrWs.PackageTests.
/// </summary>
public sealed class WaitForShutdownTests
{
    [Fact]
    public async Task Serves_until_the_token_is_cancelled_then_closes_every_session_with_1001()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var client = await server.ConnectAsync("/echo");
        using var stop = new CancellationTokenSource();

        var waiting = server.Server.WaitForShutdownAsync(stop.Token);
        await client.SendTextAsync("before");
        Assert.Equal("before", await client.ReceiveTextAsync());
        Assert.False(waiting.IsCompleted, "WaitForShutdownAsync must keep waiting while nothing asked it to stop.");

        var close = client.ReceiveCloseAsync();
        await stop.CancelAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await close);
        Assert.Equal(0, server.Server.Connections.Count);
        using var refused = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAnyAsync<WebSocketException>(() => refused.ConnectAsync(server.Uri("/echo"), timeout.Token));
    }

    [Fact]
    public async Task Completes_when_StopAsync_is_called_elsewhere()
    {
        await using var server = await TestServer.StartEchoAsync();
        var waiting = server.Server.WaitForShutdownAsync();

        await server.Server.StopAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Refuses_a_server_that_was_never_started()
    {
        await using var server = new WebSocketServer(new WebSocketServerOptions().Listen(IPAddress.Loopback, 0));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.WaitForShutdownAsync());
        Assert.Contains("StartAsync", error.Message, StringComparison.Ordinal);
    }
}
