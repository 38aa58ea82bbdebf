using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Samples;

/// <summary>The Echo sample against an independent client: Debian's python3-websockets.</summary>
public sealed class PythonClientTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Python", "echo_client.py");

    [Fact]
    public async Task Python_websockets_echoes_text_and_binary_without_compression()
    {
        await using var echo = await SampleProcess.StartAsync("dotnet", SampleProcess.EchoDll, "--port", "0");
        var (exitCode, output) = await SampleProcess.RunAsync("/usr/bin/python3", TimeSpan.FromSeconds(60), Script, echo.Url.ToString(), "--no-deflate");
        Assert.True(exitCode == 0, output);
        Assert.Contains("extensions: None", output);
        Assert.Contains("close code: 1000", output);
        Assert.Contains("OK 8 echoes", output);
    }

    [Fact]
    public async Task Python_websockets_negotiates_permessage_deflate_and_echoes()
    {
        await using var echo = await SampleProcess.StartAsync("dotnet", SampleProcess.EchoDll, "--port", "0", "--deflate");
        var (exitCode, output) = await SampleProcess.RunAsync("/usr/bin/python3", TimeSpan.FromSeconds(60), Script, echo.Url.ToString(), "--deflate");
        Assert.True(exitCode == 0, output);
        Assert.Contains("extensions: permessage-deflate", output);
        Assert.Contains("OK 8 echoes", output);
    }

    [Fact]
    public async Task Echo_sample_prints_its_bound_port_and_stops_gracefully_on_SIGTERM()
    {
        await using var echo = await SampleProcess.StartAsync("dotnet", SampleProcess.EchoDll, "--port", "0");
        Assert.Matches(@"^ws://127\.0\.0\.1:[1-9][0-9]*/echo$", echo.Url.ToString());
        using var client = new System.Net.WebSockets.ClientWebSocket();
        await client.ConnectAsync(echo.Url, CancellationToken.None);
        var closing = client.ReceiveCloseAsync();
        var (exitCode, output) = await echo.TerminateAsync();
        Assert.Equal(0, exitCode);
        Assert.Contains("Stopped", output);
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.EndpointUnavailable, await closing);
    }
}
