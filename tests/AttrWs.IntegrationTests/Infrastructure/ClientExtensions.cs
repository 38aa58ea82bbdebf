using System.Net.WebSockets;
using System.Text;

namespace AttrWs.IntegrationTests.Infrastructure;

internal static class ClientExtensions
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Receives one whole message (or the close) from a client socket, with a bounded wait.</summary>
    public static async Task<(WebSocketMessageType Type, byte[] Data)> ReceiveWholeAsync(this WebSocket socket, int maxBytes = 4 * 1024 * 1024)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        using var data = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, []);
            }

            data.Write(buffer, 0, result.Count);
            if (data.Length > maxBytes)
            {
                throw new InvalidOperationException("Message larger than the test expected.");
            }

            if (result.EndOfMessage)
            {
                return (result.MessageType, data.ToArray());
            }
        }
    }

    public static async Task<string> ReceiveTextAsync(this WebSocket socket)
    {
        var (type, data) = await socket.ReceiveWholeAsync();
        Assert.Equal(WebSocketMessageType.Text, type);
        return Encoding.UTF8.GetString(data);
    }

    public static async Task SendTextAsync(this WebSocket socket, string text)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    /// <summary>Reads until the server's close frame arrives and answers it; returns the server's close status.</summary>
    public static async Task<WebSocketCloseStatus?> ReceiveCloseAsync(this WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
                }

                return socket.CloseStatus;
            }
        }
    }
}
