using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Server;

public sealed class EchoTests
{
    public static TheoryData<int> Sizes => new() { 0, 1, 125, 126, 65535, 65536, 1024 * 1024 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Echoes_text_messages_of_every_length_class(int size)
    {
        await using var server = await TestServer.StartEchoAsync();
        using var client = await server.ConnectAsync("/echo");
        var text = new string('x', size);
        await client.SendTextAsync(text);
        Assert.Equal(text, await client.ReceiveTextAsync());
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Echoes_binary_messages_of_every_length_class(int size)
    {
        await using var server = await TestServer.StartEchoAsync();
        using var client = await server.ConnectAsync("/echo");
        var payload = new byte[size];
        Random.Shared.NextBytes(payload);
        await client.SendAsync(payload, WebSocketMessageType.Binary, true, CancellationToken.None);
        var (type, data) = await client.ReceiveWholeAsync();
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(payload, data);
    }

    [Fact]
    public async Task Reassembles_fragmented_messages_into_one()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var client = await server.ConnectAsync("/echo");
        var parts = new[] { "frag", "mented ", "", "message" };
        for (var i = 0; i < parts.Length; i++)
        {
            await client.SendAsync(System.Text.Encoding.UTF8.GetBytes(parts[i]), WebSocketMessageType.Text, i == parts.Length - 1, CancellationToken.None);
        }

        Assert.Equal("fragmented message", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Replays_a_frame_sent_in_the_same_packet_as_the_request_head()
    {
        await using var server = await TestServer.StartEchoAsync();
        using var socket = await RawConnection.ConnectAsync(server.Port);

        // Head and a masked text frame "hi" in one write: the bytes after the head must reach the WebSocket.
        byte[] frame = [0x81, 0x82, 1, 2, 3, 4, (byte)('h' ^ 1), (byte)('i' ^ 2)];
        var head = System.Text.Encoding.ASCII.GetBytes(RawConnection.Request("/echo", RawConnection.UpgradeHeaders));
        await socket.SendAsync(head.Concat(frame).ToArray());
        var response = await socket.ReadHeadAsync();
        Assert.StartsWith("HTTP/1.1 101", response);
        var echoed = new byte[4];
        var read = 0;
        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        while (read < 4)
        {
            read += await socket.Socket.ReceiveAsync(echoed.AsMemory(read), System.Net.Sockets.SocketFlags.None, timeout.Token);
        }

        Assert.Equal(new byte[] { 0x81, 2, (byte)'h', (byte)'i' }, echoed);
    }
}
