using System.Net;

namespace AttrWs.IntegrationTests.Options;

public sealed class ServerOptionsTests
{
    [Fact]
    public async Task StartAsync_rejects_invalid_options_with_a_message_naming_the_option()
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
        options.Limits.MaxConnections = 0;
        await using var server = new WebSocketServer(options);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => server.StartAsync());
        Assert.Contains("MaxConnections", error.Message);
    }

    [Fact]
    public async Task Binds_ipv4_and_ipv6_loopback_with_port_zero_and_reports_the_ports()
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0).Listen(IPAddress.IPv6Loopback, 0);
        await using var server = new WebSocketServer(options);
        server.Map("/echo", Infrastructure.Handlers.EchoAsync);
        await server.StartAsync();
        Assert.Equal(2, server.ListeningEndPoints.Count);
        Assert.All(server.ListeningEndPoints, e => Assert.NotEqual(0, e.Port));

        using var client = new System.Net.WebSockets.ClientWebSocket();
        await client.ConnectAsync(new Uri($"ws://[::1]:{server.ListeningEndPoints[1].Port}/echo"), CancellationToken.None);
        Assert.Equal(System.Net.WebSockets.WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task Map_after_start_is_refused()
    {
        await using var server = new WebSocketServer(new WebSocketServerOptions().Listen(IPAddress.Loopback, 0));
        server.Map("/a", _ => ValueTask.CompletedTask);
        await server.StartAsync();
        Assert.Throws<InvalidOperationException>(() => server.Map("/b", _ => ValueTask.CompletedTask));
        Assert.Single(server.Endpoints);
    }
}
