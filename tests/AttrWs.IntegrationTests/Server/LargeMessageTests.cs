using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using AttrWs.IntegrationTests.Infrastructure;
using AttrWs.Testing;

namespace AttrWs.IntegrationTests.Server;

/// <summary>
/// Large messages (issue 15, target 6): what the memory optimisations rely on. A single-frame message is received into
/// one array of its size (the frame's announced length, bounded by MaxMessageSize), a message never costs an array of
/// MaxMessageSize + 1, large sends go out as fragments, and every byte survives all of it.
/// </summary>
public sealed class LargeMessageTests
{
    private const int Mebibyte = 1024 * 1024;

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(16, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    [InlineData(16, true)]
    public async Task Large_messages_echo_intact_with_ClientWebSocket(int mebibytes, bool text)
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 16 * Mebibyte);
        using var client = await server.ConnectAsync("/echo");
        var payload = text ? Utf8Text(mebibytes * Mebibyte) : RandomBytes(mebibytes * Mebibyte);
        var type = text ? WebSocketMessageType.Text : WebSocketMessageType.Binary;

        using var timeout = new CancellationTokenSource(ClientExtensions.Timeout);
        await client.SendAsync(payload, type, true, timeout.Token);
        var (receivedType, data) = await client.ReceiveWholeAsync(maxBytes: 16 * Mebibyte);

        Assert.Equal(type, receivedType);
        Assert.Equal(SHA256.HashData(payload), SHA256.HashData(data));
    }

    [Fact]
    public async Task A_single_frame_message_is_received_into_one_array_of_its_size()
    {
        var capacities = new List<int>();
        await using var server = await TestServer.StartAsync(
            s => s.Map("/echo", async session =>
            {
                await foreach (var message in session.ReadMessagesAsync(session.Aborted))
                {
                    lock (capacities)
                    {
                        capacities.Add(session.ReceiveBufferCapacity);
                    }

                    await session.SendBinaryAsync(message.Data);
                }
            }),
            o => o.Limits.MaxMessageSize = 16 * Mebibyte);
        using var client = await server.ConnectAsync("/echo");

        foreach (var size in new[] { 16 * Mebibyte, 3 * Mebibyte, 16 * Mebibyte })
        {
            await client.SendAsync(new byte[size], WebSocketMessageType.Binary, true, CancellationToken.None);
            Assert.Equal(size, (await client.ReceiveWholeAsync(maxBytes: 16 * Mebibyte)).Data.Length);
        }

        // Doubling from ReceiveBufferSize would have ended at 32 MiB (16 MiB + 1 for the limit check) and 4 MiB.
        Assert.Equal([16 * Mebibyte, 4 * Mebibyte, 16 * Mebibyte], capacities);
    }

    [Fact]
    public async Task A_message_of_exactly_MaxMessageSize_followed_by_an_empty_final_fragment_is_accepted()
    {
        const int max = 256 * 1024;
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = max);
        using var client = await server.ConnectAsync("/echo");
        var payload = RandomBytes(max);

        await client.SendAsync(payload, WebSocketMessageType.Binary, false, CancellationToken.None);
        await client.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Binary, true, CancellationToken.None);

        var (_, data) = await client.ReceiveWholeAsync();
        Assert.Equal(payload, data);
    }

    [Fact]
    public async Task A_large_single_frame_at_MaxMessageSize_is_accepted_and_one_byte_more_closes_with_1009()
    {
        const int max = 3 * Mebibyte;
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = max);
        using (var client = await server.ConnectAsync("/echo"))
        {
            await client.SendAsync(new byte[max], WebSocketMessageType.Binary, true, CancellationToken.None);
            Assert.Equal(max, (await client.ReceiveWholeAsync()).Data.Length);
        }

        using var over = await server.ConnectAsync("/echo");
        await over.SendAsync(new byte[max + 1], WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await over.ReceiveCloseAsync());
    }

    [Fact]
    public async Task One_byte_over_MaxMessageSize_in_a_final_fragment_closes_with_1009()
    {
        const int max = 256 * 1024;
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = max);
        using var client = await server.ConnectAsync("/echo");

        await client.SendAsync(new byte[max], WebSocketMessageType.Binary, false, CancellationToken.None);
        await client.SendAsync(new byte[1], WebSocketMessageType.Binary, true, CancellationToken.None);

        Assert.Equal(WebSocketCloseStatus.MessageTooBig, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_in_many_continuation_frames_is_reassembled()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 4 * Mebibyte);
        using var client = await server.ConnectAsync("/echo");
        var payload = RandomBytes(2 * Mebibyte + 123);

        // 1,000 small fragments, then the rest in 4 KiB fragments (each frame announces only its own length).
        var offset = 0;
        for (; offset < 1000; offset++)
        {
            await client.SendAsync(payload.AsMemory(offset, 1), WebSocketMessageType.Binary, false, CancellationToken.None);
        }

        while (payload.Length - offset > 4096)
        {
            await client.SendAsync(payload.AsMemory(offset, 4096), WebSocketMessageType.Binary, false, CancellationToken.None);
            offset += 4096;
        }

        await client.SendAsync(payload.AsMemory(offset), WebSocketMessageType.Binary, true, CancellationToken.None);

        var (_, data) = await client.ReceiveWholeAsync();
        Assert.Equal(SHA256.HashData(payload), SHA256.HashData(data));
    }

    [Fact]
    public async Task Text_split_inside_UTF8_sequences_across_fragments_and_buffer_growth_is_accepted_and_invalid_text_is_not()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 4 * Mebibyte);
        using var client = await server.ConnectAsync("/echo");

        // Four-byte characters, fragments of 4,097 bytes: nearly every fragment (and the 4 KiB first buffer) ends inside one.
        var payload = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a\U0001F600é€", 150_000)));
        for (var offset = 0; offset < payload.Length; offset += 4097)
        {
            var length = Math.Min(4097, payload.Length - offset);
            await client.SendAsync(payload.AsMemory(offset, length), WebSocketMessageType.Text, offset + length == payload.Length, CancellationToken.None);
        }

        var (type, data) = await client.ReceiveWholeAsync();
        Assert.Equal(WebSocketMessageType.Text, type);
        Assert.Equal(SHA256.HashData(payload), SHA256.HashData(data));

        // A large text message that is not UTF-8 (a lone continuation byte deep inside) fails the connection with 1007.
        var invalid = Encoding.UTF8.GetBytes(new string('x', Mebibyte));
        invalid[Mebibyte - 10] = 0x80;
        await client.SendAsync(invalid, WebSocketMessageType.Text, true, CancellationToken.None);
        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Concurrent_large_messages_on_several_connections_echo_intact()
    {
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 16 * Mebibyte);
        var echoes = Enumerable.Range(0, 4).Select(async i =>
        {
            using var client = await server.ConnectAsync("/echo");
            for (var round = 0; round < 2; round++)
            {
                var payload = RandomBytes(((i + 1) * Mebibyte) + (round * 1000));
                var receive = client.ReceiveWholeAsync(maxBytes: 16 * Mebibyte);
                await client.SendAsync(payload, WebSocketMessageType.Binary, true, CancellationToken.None);
                Assert.Equal(SHA256.HashData(payload), SHA256.HashData((await receive).Data));
            }
        });

        await Task.WhenAll(echoes).WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_large_send_is_not_interleaved_with_sends_queued_behind_it()
    {
        var big = RandomBytes(3 * Mebibyte);
        await using var server = await TestServer.StartAsync(s => s.Map("/burst", async session =>
        {
            var sends = new List<Task> { session.SendBinaryAsync(big).AsTask() };
            for (var i = 0; i < 20; i++)
            {
                sends.Add(session.SendTextAsync("small " + i).AsTask());
            }

            sends.Add(session.SendTextAsync(new string('é', 100_000)).AsTask());
            await Task.WhenAll(sends);
            await session.ReceiveAsync();
        }));
        using var client = await server.ConnectAsync("/burst");

        var (type, data) = await client.ReceiveWholeAsync();
        Assert.Equal(WebSocketMessageType.Binary, type);
        Assert.Equal(SHA256.HashData(big), SHA256.HashData(data));
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("small " + i, await client.ReceiveTextAsync());
        }

        Assert.Equal(new string('é', 100_000), await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Large_messages_echo_intact_with_permessage_deflate()
    {
        await using var server = await TestServer.StartEchoAsync(o =>
        {
            o.Handshake.EnableDeflate = true;
            o.Limits.MaxMessageSize = 4 * Mebibyte;
        });
        using var client = await server.ConnectAsync("/echo", o => o.DangerousDeflateOptions = new WebSocketDeflateOptions());
        foreach (var (type, payload) in new[] { (WebSocketMessageType.Text, Utf8Text(3 * Mebibyte)), (WebSocketMessageType.Binary, RandomBytes(Mebibyte + 7)) })
        {
            await client.SendAsync(payload, type, true, CancellationToken.None);
            var (receivedType, data) = await client.ReceiveWholeAsync();
            Assert.Equal(type, receivedType);
            Assert.Equal(SHA256.HashData(payload), SHA256.HashData(data));
        }
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Valid UTF-8 of exactly <paramref name="length"/> bytes mixing 1- to 4-byte characters.</summary>
    private static byte[] Utf8Text(int length)
    {
        var text = new StringBuilder(length);
        var bytes = 0;
        string[] pieces = ["ab", "é", "€", "\U0001F600"];
        var i = 0;
        while (bytes < length)
        {
            var piece = pieces[i++ % pieces.Length];
            var size = Encoding.UTF8.GetByteCount(piece);
            if (bytes + size > length)
            {
                piece = "a";
                size = 1;
            }

            text.Append(piece);
            bytes += size;
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}

/// <summary>Runs alone (after the parallel tests): it counts the bytes the whole process allocates.</summary>
[CollectionDefinition(AllocationCounting.Name, DisableParallelization = true)]
public sealed class AllocationCounting
{
    /// <summary>The collection's name.</summary>
    public const string Name = "allocation counting";
}

/// <summary>Buffers of large messages are returned and reused: many messages cost no new arrays.</summary>
[Collection(AllocationCounting.Name)]
public sealed class LargeMessageBufferReuseTests
{
    [Fact]
    public async Task Echoing_many_large_messages_allocates_no_new_message_buffers()
    {
        const int size = 1024 * 1024;
        const int messages = 30;
        await using var server = await TestServer.StartEchoAsync(o => o.Limits.MaxMessageSize = 2 * size);

        // A raw client sends one pre-built masked frame and counts the echo's bytes: it allocates nothing per message.
        using var client = await RawWebSocket.OpenAsync(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, server.Port));
        var frame = new Frame { Opcode = Frame.Binary, Payload = new byte[size] }.ToBytes();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        async Task EchoAsync()
        {
            var receive = client.ReceiveMessageAsync(timeout.Token).AsTask();
            await client.SendAsync(frame, timeout.Token);
            Assert.Equal(size, await receive);
        }

        for (var i = 0; i < 5; i++)
        {
            await EchoAsync(); // warm-up: JIT, pools, the socket's buffers
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < messages; i++)
        {
            await EchoAsync();
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        // One new 1 MiB array per message would be 30 MiB; the receive and send paths together must stay far below one.
        Assert.True(allocated < size / 2, $"{messages} echoes of {size} bytes allocated {allocated} bytes");
    }
}
