using AttrWs.ConformanceTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.ConformanceTests.Framing;

/// <summary>RFC 6455 §5.1: "The server MUST close the connection upon receiving a frame that is not masked" (status 1002).</summary>
public sealed class UnmaskedFrameTests(FramingServerFixture fixture) : IClassFixture<FramingServerFixture>
{
    [Theory]
    [InlineData(Frame.Text)]
    [InlineData(Frame.Binary)]
    [InlineData(Frame.Ping)]
    public async Task Fails_with_1002_on_an_unmasked_client_frame(int opcode)
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(new Frame { Opcode = opcode, Payload = "hi"u8.ToArray(), Masked = false });
        var others = new List<ServerFrame>();
        var close = await socket.ReadUntilCloseAsync(others);
        Assert.True(close is not null, $"the connection ended without a close frame; frames before: {string.Join(", ", others.Select(f => f.Opcode))}");
        Assert.Equal(1002, close.CloseCode);
        Assert.Empty(others); // the unmasked frame must not be processed (no echo, no pong)
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }
}
