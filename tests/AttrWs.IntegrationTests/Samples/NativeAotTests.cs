using System.Net.WebSockets;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Samples;

/// <summary>One Native AOT publish of the Echo sample (slow: a minute or more), then a real echo against the binary.</summary>
public sealed class NativeAotTests
{
    [Fact]
    public async Task Echo_publishes_with_Native_AOT_without_warnings_and_echoes()
    {
        var temp = Directory.CreateTempSubdirectory("attrws-aot-");
        try
        {
            var output = Path.Combine(temp.FullName, "out");

            // --artifacts-path keeps the publish's obj/bin out of the repository (the test run is using those).
            var (exitCode, log) = await SampleProcess.RunAsync(
                "dotnet",
                TimeSpan.FromMinutes(9),
                "publish",
                Path.Combine(SampleProcess.RepositoryRoot, "samples", "Echo"),
                "-r", "linux-x64",
                "-c", "Release",
                "-p:PublishAot=true",
                "-warnaserror",
                "-o", output,
                "--artifacts-path", Path.Combine(temp.FullName, "artifacts"));
            Assert.True(exitCode == 0, log);
            Assert.DoesNotContain("warning", log, StringComparison.OrdinalIgnoreCase);

            await using var echo = await SampleProcess.StartAsync(Path.Combine(output, "Echo"), "--port", "0");
            using var client = new ClientWebSocket();
            await client.ConnectAsync(echo.Url, CancellationToken.None);
            await client.SendTextAsync("native");
            Assert.Equal("native", await client.ReceiveTextAsync());
            await client.SendAsync(new byte[] { 0, 1, 2, 255 }, WebSocketMessageType.Binary, true, CancellationToken.None);
            Assert.Equal(new byte[] { 0, 1, 2, 255 }, (await client.ReceiveWholeAsync()).Data);
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }
}
