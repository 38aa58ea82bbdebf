using System.Text;
using AttrWs.ConformanceTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.ConformanceTests.Framing;

/// <summary>
/// RFC 6455 §5 framing rules, fed to a real server as raw frames after a real handshake. Each failure case asserts the
/// RFC's reaction: the server's close frame carries the required code, then the TCP connection ends.
/// </summary>
public sealed class FramingConformanceTests(FramingServerFixture fixture) : IClassFixture<FramingServerFixture>
{
    private static readonly byte[] Hello = "hello"u8.ToArray();

    [Theory]
    [InlineData(4)] // RSV1 without permessage-deflate
    [InlineData(2)] // RSV2
    [InlineData(1)] // RSV3
    [InlineData(7)]
    public Task Fails_with_1002_when_a_reserved_bit_is_set(int rsv)
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Text, Payload = Hello, Rsv = rsv });

    [Theory]
    [InlineData(0x3)]
    [InlineData(0x4)]
    [InlineData(0x5)]
    [InlineData(0x6)]
    [InlineData(0x7)]
    [InlineData(0xB)]
    [InlineData(0xC)]
    [InlineData(0xD)]
    [InlineData(0xE)]
    [InlineData(0xF)]
    public Task Fails_with_1002_on_an_unknown_opcode(int opcode)
        => ExpectCloseAsync(1002, new Frame { Opcode = opcode, Payload = Hello });

    [Theory]
    [InlineData(Frame.Ping)]
    [InlineData(Frame.Pong)]
    [InlineData(Frame.Close)]
    public Task Fails_with_1002_on_a_fragmented_control_frame(int opcode)
        => ExpectCloseAsync(1002, new Frame { Opcode = opcode, Fin = false, Payload = opcode == Frame.Close ? Frame.ClosePayload(1000) : Hello });

    [Theory]
    [InlineData(Frame.Ping)]
    [InlineData(Frame.Pong)]
    [InlineData(Frame.Close)]
    public Task Fails_with_1002_on_a_control_frame_longer_than_125_bytes(int opcode)
        => ExpectCloseAsync(1002, new Frame { Opcode = opcode, Payload = opcode == Frame.Close ? Frame.ClosePayload(1000, new string('r', 124)) : new byte[126] });

    [Fact]
    public Task Fails_with_1002_on_a_continuation_frame_without_a_started_message()
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Continuation, Payload = Hello });

    [Fact]
    public Task Fails_with_1002_on_a_new_data_frame_inside_a_fragmented_message()
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Text, Fin = false, Payload = Hello }, new Frame { Opcode = Frame.Text, Payload = Hello });

    [Fact]
    public Task Fails_with_1002_on_a_64_bit_length_with_the_most_significant_bit_set()
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Binary, Payload = Hello, LengthForm = 127, DeclaredLength64 = 0x8000_0000_0000_0005UL });

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })] // invalid continuation byte
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // UTF-16 surrogate encoded in UTF-8
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong
    [InlineData(new byte[] { 0xFF })]
    public Task Fails_with_1007_on_invalid_utf8_in_a_text_message(byte[] payload)
        => ExpectCloseAsync(1007, new Frame { Opcode = Frame.Text, Payload = [.. "ok "u8, .. payload] });

    [Fact]
    public Task Fails_with_1007_on_invalid_utf8_split_over_fragments()
        => ExpectCloseAsync(
            1007,
            new Frame { Opcode = Frame.Text, Fin = false, Payload = [0x68, 0xC3] },
            new Frame { Opcode = Frame.Continuation, Payload = [0x28] });

    // RFC 6455 §8.1 requires failing the connection; §7.4.1 ties 1007 to message data, not to a close reason, and the
    // Autobahn suite (case 7.5.1) accepts 1002 or 1007. The BCL framing answers 1002: recorded in the conformance notes.
    [Fact]
    public Task Fails_the_connection_with_1002_on_invalid_utf8_in_a_close_reason()
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Close, Payload = [0x03, 0xE8, 0xC3, 0x28] });

    [Theory]
    [InlineData(0)]
    [InlineData(999)]
    [InlineData(1004)]
    [InlineData(1005)]
    [InlineData(1006)]
    [InlineData(1015)]
    [InlineData(1016)]
    [InlineData(2999)]
    [InlineData(5000)]
    [InlineData(65535)]
    public Task Fails_with_1002_on_an_invalid_close_code(int code)
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Close, Payload = Frame.ClosePayload(code) });

    [Fact]
    public Task Fails_with_1002_on_a_one_byte_close_payload()
        => ExpectCloseAsync(1002, new Frame { Opcode = Frame.Close, Payload = [0x03] });

    [Fact]
    public Task Fails_with_1009_on_a_message_larger_than_the_limit_in_one_frame()
        => ExpectCloseAsync(1009, new Frame { Opcode = Frame.Binary, Payload = new byte[FramingServerFixture.MaxMessageSize + 1] });

    [Fact]
    public Task Fails_with_1009_on_a_fragmented_message_that_grows_past_the_limit()
    {
        var frames = new List<Frame> { new() { Opcode = Frame.Binary, Fin = false, Payload = new byte[16 * 1024] } };
        for (var i = 0; i < 4; i++)
        {
            frames.Add(new Frame { Opcode = Frame.Continuation, Fin = i == 3, Payload = new byte[16 * 1024] });
        }

        return ExpectCloseAsync(1009, [.. frames]);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1003)]
    [InlineData(1007)]
    [InlineData(1011)]
    [InlineData(3000)]
    [InlineData(4999)]
    public async Task Echoes_a_valid_close_code_and_closes_the_connection(int code)
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(new Frame { Opcode = Frame.Close, Payload = Frame.ClosePayload(code, "bye") });
        var close = await socket.ReadUntilCloseAsync();
        Assert.NotNull(close);
        Assert.Equal(code, close.CloseCode);
        Assert.True(await socket.Connection.WaitForCloseAsync(), "the server must close the TCP connection after the close handshake");
    }

    [Fact]
    public async Task Answers_a_ping_inside_a_fragmented_message_and_keeps_the_message_intact()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(
            new Frame { Opcode = Frame.Text, Fin = false, Payload = "frag"u8.ToArray() },
            new Frame { Opcode = Frame.Ping, Payload = "are you there"u8.ToArray() },
            new Frame { Opcode = Frame.Continuation, Fin = false, Payload = "ment"u8.ToArray() },
            new Frame { Opcode = Frame.Ping, Payload = "still?"u8.ToArray() },
            new Frame { Opcode = Frame.Continuation, Payload = "ed ✓"u8.ToArray() });

        var pongs = new List<string>();
        var message = new List<byte>();
        for (var i = 0; i < 10 && (pongs.Count < 2 || message.Count == 0); i++)
        {
            var frame = await socket.ReadFrameAsync();
            Assert.NotNull(frame);
            Assert.False(frame.Masked, "server frames must not be masked (RFC 6455 §5.1)");
            if (frame.Opcode == Frame.Pong)
            {
                pongs.Add(Encoding.UTF8.GetString(frame.Payload));
            }
            else
            {
                Assert.True(frame.Opcode is Frame.Text or Frame.Continuation, $"unexpected opcode {frame.Opcode}");
                message.AddRange(frame.Payload);
            }
        }

        Assert.Equal(["are you there", "still?"], pongs);
        Assert.Equal("fragmented ✓", Encoding.UTF8.GetString(message.ToArray()));
    }

    [Fact]
    public async Task Reassembles_a_utf8_character_split_across_fragments()
    {
        // U+20AC (E2 82 AC) split 1 + 2 bytes: each fragment alone is invalid UTF-8, the message is valid.
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(
            new Frame { Opcode = Frame.Text, Fin = false, Payload = [0x41, 0xE2] },
            new Frame { Opcode = Frame.Continuation, Payload = [0x82, 0xAC] });
        var echoed = new List<byte>();
        ServerFrame? frame;
        do
        {
            frame = await socket.ReadFrameAsync();
            Assert.NotNull(frame);
            echoed.AddRange(frame.Payload);
        }
        while (!frame.Fin);

        Assert.Equal("A\u20AC", Encoding.UTF8.GetString(echoed.ToArray()));
    }

    [Fact]
    public async Task Answers_an_empty_close_frame_with_a_close_frame()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(new Frame { Opcode = Frame.Close });
        var close = await socket.ReadUntilCloseAsync();
        Assert.NotNull(close);
        Assert.True(close.CloseCode is null or 1000, $"an empty close may be answered empty or with 1000, got {close.CloseCode}");
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }

    [Fact]
    public async Task Answers_a_ping_with_a_pong_carrying_the_same_payload()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        var payload = new byte[125];
        Random.Shared.NextBytes(payload);
        await socket.SendAsync(new Frame { Opcode = Frame.Ping, Payload = payload });
        var pong = await socket.ReadFrameAsync();
        Assert.NotNull(pong);
        Assert.Equal(Frame.Pong, pong.Opcode);
        Assert.Equal(payload, pong.Payload);
    }

    [Fact]
    public async Task Accepts_a_non_minimal_payload_length_encoding()
    {
        // RFC 6455 §5.2 puts "minimal number of bytes" on the sender; receivers are not required to reject it.
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(new Frame { Opcode = Frame.Text, Payload = Hello, LengthForm = 127 });
        var echo = await socket.ReadFrameAsync();
        Assert.NotNull(echo);
        Assert.Equal(Frame.Text, echo.Opcode);
        Assert.Equal(Hello, echo.Payload);
    }

    [Fact]
    public async Task Echoes_a_message_of_exactly_the_limit()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        var payload = new byte[FramingServerFixture.MaxMessageSize];
        Random.Shared.NextBytes(payload);
        await socket.SendAsync(new Frame { Opcode = Frame.Binary, Payload = payload });
        var echoed = new List<byte>();
        ServerFrame? frame;
        do
        {
            frame = await socket.ReadFrameAsync();
            Assert.NotNull(frame);
            echoed.AddRange(frame.Payload);
        }
        while (!frame.Fin);

        Assert.Equal(payload, echoed.ToArray());
    }

    private async Task ExpectCloseAsync(int code, params Frame[] frames)
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        await socket.SendAsync(frames);
        var others = new List<ServerFrame>();
        var close = await socket.ReadUntilCloseAsync(others);
        Assert.True(close is not null, $"expected close {code}; the connection ended without a close frame (other frames: {others.Count})");
        Assert.True(code == close.CloseCode, $"expected close {code}, got {close.CloseCode} '{close.CloseReason}' (other frames first: {others.Count})");
        Assert.True(await socket.Connection.WaitForCloseAsync(), "the server must close the TCP connection after failing the WebSocket connection");
    }
}
