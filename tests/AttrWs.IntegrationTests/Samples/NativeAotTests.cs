using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Samples;

/// <summary>One Native AOT publish of the Echo sample (slow: a minute or more, once per run), then a real echo against the binary.</summary>
public sealed class NativeAotTests
{
    [Fact]
    public Task Echo_publishes_with_Native_AOT_without_warnings_and_echoes()
        => PublishesAndEchoesAsync("samples/Echo", "Echo", TimeSpan.FromMinutes(20), "native");

    /// <summary>Publishes a sample with Native AOT (once per run), starts the binary on port 0 and echoes text and binary through it.</summary>
    internal static async Task PublishesAndEchoesAsync(string project, string binaryName, TimeSpan limit, string text)
    {
        var publish = await NativeAotPublish.PublishAsync(project, binaryName, limit);
        Assert.True(publish.ExitCode == 0, publish.Log);
        Assert.DoesNotContain("warning", publish.Log, StringComparison.OrdinalIgnoreCase);

        await using var sample = await SampleProcess.StartAsync(publish.Binary, "--port", "0");
        using var client = new ClientWebSocket();
        await client.ConnectAsync(sample.Url, CancellationToken.None);
        await client.SendTextAsync(text);
        Assert.Equal(text, await client.ReceiveTextAsync());
        await client.SendAsync(new byte[] { 0, 1, 2, 255 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, (await client.ReceiveWholeAsync()).Data);
    }
}
