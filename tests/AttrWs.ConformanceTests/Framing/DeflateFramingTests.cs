using System.IO.Compression;
using System.Text;
using AttrWs.ConformanceTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.ConformanceTests.Framing;

/// <summary>
/// RFC 7692 framing on a connection that negotiated permessage-deflate: RSV1 marks a compressed message on its first
/// frame only; control frames and continuation frames must not carry it (§6.1).
/// </summary>
public sealed class DeflateFramingTests(FramingServerFixture fixture) : IClassFixture<FramingServerFixture>
{
    private const string Offer = "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover\r\n";

    [Fact]
    public async Task Accepts_a_compressed_message_and_answers_compressed()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint, "/deflate", Offer);
        await socket.SendAsync(new Frame { Opcode = Frame.Text, Rsv = 4, Payload = Compress("squeeze squeeze squeeze") });
        var echo = await socket.ReadFrameAsync();
        Assert.NotNull(echo);
        Assert.Equal(4, echo.Rsv);
        Assert.Equal("squeeze squeeze squeeze", Decompress(echo.Payload));
    }

    // Regression: the BCL framing answered this ping with a pong instead of failing the connection.
    [Theory]
    [InlineData(Frame.Ping)]
    [InlineData(Frame.Pong)]
    [InlineData(Frame.Close)]
    public async Task Fails_with_1002_on_rsv1_on_a_control_frame(int opcode)
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint, "/deflate", Offer);
        await socket.SendAsync(new Frame { Opcode = opcode, Rsv = 4, Payload = opcode == Frame.Close ? Frame.ClosePayload(1000) : "x"u8.ToArray() });
        var others = new List<ServerFrame>();
        var close = await socket.ReadUntilCloseAsync(others);
        Assert.Empty(others); // no pong: the frame must not be processed
        Assert.NotNull(close);
        Assert.Equal(1002, close.CloseCode);
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }

    [Fact]
    public async Task Fails_with_1002_on_rsv1_on_a_continuation_frame()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint, "/deflate", Offer);
        var compressed = Compress("split in two");
        await socket.SendAsync(
            new Frame { Opcode = Frame.Text, Rsv = 4, Fin = false, Payload = compressed[..3] },
            new Frame { Opcode = Frame.Continuation, Rsv = 4, Payload = compressed[3..] });
        var close = await socket.ReadUntilCloseAsync();
        Assert.NotNull(close);
        Assert.Equal(1002, close.CloseCode);
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }

    /// <summary>Raw DEFLATE without the final empty block's 00 00 FF FF tail (RFC 7692 §7.2.1).</summary>
    private static byte[] Compress(string text)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true);
        deflate.Write(Encoding.UTF8.GetBytes(text));
        deflate.Flush(); // a sync flush: the output ends with the empty stored block 00 00 FF FF
        var bytes = output.ToArray();
        Assert.True(bytes.AsSpan().EndsWith(new byte[] { 0, 0, 0xFF, 0xFF }), "expected a sync-flushed deflate stream");
        return bytes[..^4];
    }

    private static string Decompress(byte[] payload)
    {
        using var input = new MemoryStream([.. payload, 0, 0, 0xFF, 0xFF]);
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(deflate, Encoding.UTF8);
        var text = new StringBuilder();
        var buffer = new char[256];
        try
        {
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                text.Append(buffer, 0, read);
            }
        }
        catch (InvalidDataException)
        {
            // The stream has no final block (a sync-flushed message): everything before it was read.
        }

        return text.ToString();
    }
}
