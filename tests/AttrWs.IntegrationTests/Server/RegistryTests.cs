using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class RegistryTests
{
    [Fact]
    public async Task Sends_to_one_connection_by_id_and_broadcasts_to_all()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var a = await server.ConnectAsync("/echo?who=a");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 1, "a registered");
        var idA = server.Server.Connections.Single().ConnectionId;
        using var b = await server.ConnectAsync("/echo?who=b");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 2, "b registered");

        Assert.True(server.Server.Connections.TryGet(idA, out var sessionA));
        Assert.Equal("?who=a", sessionA.Query);
        Assert.True(await server.Server.Connections.SendTextAsync(idA, "only a"));
        Assert.Equal("only a", await a.ReceiveTextAsync());
        Assert.False(await server.Server.Connections.SendTextAsync("no-such-id", "nobody"));

        Assert.Equal(2, await server.Server.Connections.BroadcastTextAsync("everyone"));
        Assert.Equal("everyone", await a.ReceiveTextAsync());
        Assert.Equal("everyone", await b.ReceiveTextAsync());

        Assert.Equal(1, await server.Server.Connections.BroadcastBinaryAsync(new byte[] { 1, 2, 3 }, s => s.ConnectionId != idA));
        var (type, data) = await b.ReceiveWholeAsync();
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(new byte[] { 1, 2, 3 }, data);
    }

    [Fact]
    public async Task Stalled_session_is_closed_and_does_not_hold_up_broadcasts_to_the_others()
    {
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Limits.SendQueueLimit = 4;
            o.Limits.CloseTimeout = TimeSpan.FromMilliseconds(500);
        });

        // A peer that completes the handshake and then never reads: its socket buffers fill up.
        using var stalled = await RawHttp.ConnectAsync(server.Port, receiveBufferSize: 4096);
        await stalled.SendAsync(Encoding.ASCII.GetBytes(RawHttp.Request("/echo", RawHttp.UpgradeHeaders)), SocketFlags.None);
        Assert.StartsWith("HTTP/1.1 101", await RawHttp.ReadHeadAsync(stalled));
        using var reader = await server.ConnectAsync("/echo");
        await Eventually.TrueAsync(() => server.Server.Connections.Count == 2, "both sessions open");

        var payload = new byte[256 * 1024];
        Random.Shared.NextBytes(payload);
        var lastCount = 0;
        for (var i = 0; i < 100; i++)
        {
            payload[0] = (byte)i;
            lastCount = await server.Server.Connections.BroadcastBinaryAsync(payload);
            var (_, data) = await reader.ReceiveWholeAsync();
            Assert.Equal(payload, data);
        }

        await Eventually.TrueAsync(() => server.Server.Connections.Count == 1, "the stalled session was dropped");
        Assert.Equal(1, await server.Server.Connections.BroadcastTextAsync("after"));
        Assert.Equal("after", await reader.ReceiveTextAsync());
        Assert.Equal(1, lastCount);
    }

    [Fact]
    public async Task Concurrent_sends_from_many_tasks_arrive_whole_and_in_each_senders_order()
    {
        await using var server = await TestServer.StartAsync(s => s.Map("/burst", async session =>
        {
            var senders = Enumerable.Range(0, 4).Select(sender => Task.Run(async () =>
            {
                for (var i = 0; i < 25; i++)
                {
                    await session.SendTextAsync($"{sender}:{i}");
                }
            }));
            await Task.WhenAll(senders);
            await session.ReceiveAsync();
        }));

        using var client = await server.ConnectAsync("/burst");
        var next = new int[4];
        for (var n = 0; n < 100; n++)
        {
            var parts = (await client.ReceiveTextAsync()).Split(':');
            var sender = int.Parse(parts[0]);
            Assert.Equal(next[sender]++, int.Parse(parts[1]));
        }
    }
}
