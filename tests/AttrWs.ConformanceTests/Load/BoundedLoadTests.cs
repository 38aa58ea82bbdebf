using System.Net;
using AttrWs.LoadTests;
using Xunit.Abstractions;

namespace AttrWs.ConformanceTests.Load;

/// <summary>The load harness in small: 200 concurrent connections, every message verified, StopAsync under load.</summary>
public sealed class BoundedLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hundred_concurrent_connections_lose_no_message_and_all_receive_1001_at_stop()
    {
        const int connections = 200, messages = 10;
        await using var server = LoadServer.Create(maxConnections: 1000);
        await server.StartAsync();
        var options = new LoadOptions(server.ListeningEndPoints[0], connections, messages, PayloadSize: 256, SourceAddresses: 4, ConnectConcurrency: 64);
        var result = await LoadRun.RunAsync(options, () => server.StopAsync(), output.WriteLine, TimeSpan.FromSeconds(60));
        Assert.Equal(connections, result.Connected);
        Assert.Equal(connections, result.PeakConcurrent);
        Assert.Equal((long)connections * messages, result.MessagesVerified);
        Assert.Equal(0, result.MessagesCorrupted);
        Assert.Equal(0, result.MessagesLost);
        Assert.Equal(connections, result.ClosedGoingAway);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Source_addresses_rotate_over_127_0_0_2_onwards()
    {
        var options = new LoadOptions(new IPEndPoint(IPAddress.Loopback, 1), 10, 1, 1, SourceAddresses: 3);
        Assert.Equal(IPAddress.Parse("127.0.0.2"), LoadRun.SourceFor(options, 0));
        Assert.Equal(IPAddress.Parse("127.0.0.4"), LoadRun.SourceFor(options, 2));
        Assert.Equal(IPAddress.Parse("127.0.0.2"), LoadRun.SourceFor(options, 3));
    }

    [Fact]
    public void Message_codec_detects_a_flipped_byte_and_a_wrong_sequence()
    {
        var message = new byte[MessageCodec.EncodedSize(64)];
        MessageCodec.Write(message, connection: 7, sequence: 3);
        Assert.True(MessageCodec.Verify(message, 7, 3, 64));
        Assert.False(MessageCodec.Verify(message, 7, 4, 64));
        message[20] ^= 1;
        Assert.False(MessageCodec.Verify(message, 7, 3, 64));
    }
}
