using System.Net;
using System.Text;

namespace AttrWs.ConformanceTests.Infrastructure;

/// <summary>A raw connection after a real, valid handshake: the test writes frames byte for byte and reads the server's.</summary>
public sealed class RawWebSocket : IDisposable
{
    private RawWebSocket(RawConnection connection) => Connection = connection;

    /// <summary>The underlying connection.</summary>
    public RawConnection Connection { get; }

    /// <summary>Connects and completes the opening handshake on <paramref name="path"/> (asserting the 101).</summary>
    public static async Task<RawWebSocket> OpenAsync(IPEndPoint server, string path = "/echo", string extraHeaders = "")
    {
        var connection = await RawConnection.ConnectAsync(server);
        await connection.SendAsync(Encoding.ASCII.GetBytes(
            $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extraHeaders}\r\n"));
        var response = await connection.ReadResponseAsync();
        Assert.NotNull(response);
        Assert.Equal(101, response.Status);
        Assert.Equal("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", response["Sec-WebSocket-Accept"]);
        return new RawWebSocket(connection);
    }

    /// <summary>Sends frames (concatenated into one write).</summary>
    public Task SendAsync(params Frame[] frames)
    {
        var all = new List<byte>();
        foreach (var frame in frames)
        {
            all.AddRange(frame.ToBytes());
        }

        return Connection.SendAsync(all.ToArray());
    }

    /// <summary>Reads the server's next frame (null when the connection ended).</summary>
    public Task<ServerFrame?> ReadFrameAsync() => ServerFrame.ReadAsync(Connection.Stream, RawConnection.Timeout);

    /// <summary>Reads frames until a close frame (returned) or the end of the connection (null); other frames are collected.</summary>
    public async Task<ServerFrame?> ReadUntilCloseAsync(List<ServerFrame>? others = null)
    {
        for (var i = 0; i < 1000; i++)
        {
            var frame = await ReadFrameAsync();
            if (frame is null || frame.Opcode == Frame.Close)
            {
                return frame;
            }

            others?.Add(frame);
        }

        throw new InvalidOperationException("More than 1000 frames without a close frame.");
    }

    /// <inheritdoc />
    public void Dispose() => Connection.Dispose();
}
