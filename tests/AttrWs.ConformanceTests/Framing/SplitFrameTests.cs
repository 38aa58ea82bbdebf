using System.Text;
using AttrWs.ConformanceTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.ConformanceTests.Framing;

/// <summary>
/// Frames that arrive one byte per TCP segment: the server's frame checks must follow frame boundaries across reads
/// (the header of one frame split over many reads, payload lengths in every form).
/// </summary>
public sealed class SplitFrameTests(FramingServerFixture fixture) : IClassFixture<FramingServerFixture>
{
    [Theory]
    [InlineData(5)]
    [InlineData(300)] // 16-bit and (forced) 64-bit length forms
    [InlineData(35_000)] // first fragment in the 16-bit form, second in the 64-bit form, payloads over many reads
    public async Task Echoes_masked_frames_sent_one_byte_per_write(int size)
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        var payload = Encoding.ASCII.GetBytes(new string('z', size));
        var frames = new Frame[]
        {
            new() { Opcode = Frame.Text, Fin = false, Payload = payload[..(size / 2)] },
            new() { Opcode = Frame.Ping, Payload = "p"u8.ToArray() },
            new() { Opcode = Frame.Continuation, Payload = payload[(size / 2)..], LengthForm = size > 200 ? 127 : 0 },
        };
        var bytes = frames.SelectMany(f => f.ToBytes()).ToArray();
        if (size > 1000)
        {
            // One byte per write for every header; the payloads in large writes (keeps the test short).
            await socket.Connection.SendBytewiseAsync(bytes.AsMemory(0, 20));
            await socket.Connection.SendAsync(bytes.AsMemory(20));
        }
        else
        {
            await socket.Connection.SendBytewiseAsync(bytes);
        }

        var echoed = new List<byte>();
        var pongs = 0;
        while (true)
        {
            var frame = await socket.ReadFrameAsync();
            Assert.NotNull(frame);
            if (frame.Opcode == Frame.Pong)
            {
                pongs++;
                continue;
            }

            echoed.AddRange(frame.Payload);
            if (frame.Fin)
            {
                break;
            }
        }

        Assert.Equal(payload, echoed.ToArray());
        Assert.True(pongs <= 1);
    }

    [Fact]
    public async Task Fails_with_1002_on_an_unmasked_frame_whose_header_arrives_one_byte_at_a_time()
    {
        using var socket = await RawWebSocket.OpenAsync(fixture.Server.EndPoint);
        var masked = new Frame { Opcode = Frame.Text, Payload = "first"u8.ToArray() }.ToBytes();
        var unmasked = new Frame { Opcode = Frame.Text, Payload = "second"u8.ToArray(), Masked = false }.ToBytes();
        await socket.Connection.SendBytewiseAsync((byte[])[.. masked, .. unmasked]);
        var others = new List<ServerFrame>();
        var close = await socket.ReadUntilCloseAsync(others);
        Assert.Equal("first", Encoding.ASCII.GetString(Assert.Single(others).Payload));
        Assert.NotNull(close);
        Assert.Equal(1002, close.CloseCode);
        Assert.True(await socket.Connection.WaitForCloseAsync());
    }
}
