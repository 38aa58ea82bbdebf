using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Samples;

/// <summary>One Native AOT publish of the Echo sample (slow: a minute or more), then a real echo against the binary.</summary>
public sealed class NativeAotTests
{
    [Fact]
    public async Task Echo_publishes_with_Native_AOT_without_warnings_and_echoes()
    {
        var publish = await NativeAotPublish.PublishAsync("samples/Echo", "Echo", TimeSpan.FromMinutes(9));
        Assert.True(publish.ExitCode == 0, publish.Log);
        Assert.DoesNotContain("warning", publish.Log, StringComparison.OrdinalIgnoreCase);

        await using var echo = await SampleProcess.StartAsync(publish.Binary, "--port", "0");
        using var client = new ClientWebSocket();
        await client.ConnectAsync(echo.Url, CancellationToken.None);
        await client.SendTextAsync("native");
        Assert.Equal("native", await client.ReceiveTextAsync());
        await client.SendAsync(new byte[] { 0, 1, 2, 255 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, (await client.ReceiveWholeAsync()).Data);
    }
}
