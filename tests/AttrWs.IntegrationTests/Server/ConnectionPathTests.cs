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
}
