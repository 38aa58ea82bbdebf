using System.Globalization;
using System.Net.WebSockets;
using System.Text;

namespace AttrWs.Redis.Tests.Infrastructure;

/// <summary>A ClientWebSocket in a room of the room endpoint (see <c>RoomEndpoint</c>), with bounded receives.</summary>
internal sealed class RoomClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly ClientWebSocket _socket;

    private RoomClient(ClientWebSocket socket, string connectionId)
    {
        _socket = socket;
        ConnectionId = connectionId;
    }

    public string ConnectionId { get; }

    public WebSocket Socket => _socket;

    public static async Task<RoomClient> ConnectAsync(int port, string room)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.ConnectAsync(new Uri("ws://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/room/" + room), timeout.Token);
        var client = new RoomClient(socket, string.Empty);
        var joined = await client.ReceiveAsync();
        Assert.StartsWith("joined:", joined);
        return new RoomClient(socket, joined["joined:".Length..]);
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>The next text message (fails the test after 20 s, or on a close).</summary>
    public async Task<string> ReceiveAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? Timeout);
        var buffer = new byte[16 * 1024];
        using var data = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            data.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(data.GetBuffer(), 0, (int)data.Length);
            }
        }
    }

    public Task CloseAsync() => _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

    public void Dispose() => _socket.Dispose();
}
