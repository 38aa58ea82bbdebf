using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using AttrWs.IntegrationTests.Infrastructure;

namespace AttrWs.IntegrationTests.Samples;

/// <summary>samples/AspNetCore (Kestrel) against independent clients: python3-websockets, Node's ws, headless Chromium; and its cookie login.</summary>
public sealed class AspNetCoreSampleTests
{
    private static readonly string BrowserFolder = Path.Combine(Repository.Root, "tests", "AttrWs.IntegrationTests", "browser");

    public static string SampleDll => Path.Combine(Repository.Root, "samples", "AspNetCore", "bin", Repository.Configuration, "net10.0", "AspNetCore.dll");

    [Fact]
    public async Task Python_websockets_echoes_text_and_binary_on_Kestrel()
    {
        await using var sample = await SampleProcess.StartAsync("dotnet", SampleDll, "--port", "0");
        Assert.Matches(@"^ws://127\.0\.0\.1:[1-9][0-9]*/echo$", sample.Url.ToString());
        var script = Path.Combine(AppContext.BaseDirectory, "Python", "echo_client.py");
        var (exitCode, output) = await SampleProcess.RunAsync("/usr/bin/python3", TimeSpan.FromSeconds(60), script, sample.Url.ToString(), "--no-deflate");
        Assert.True(exitCode == 0, output);
        Assert.Contains("close code: 1000", output);
        Assert.Contains("OK 8 echoes", output);
    }

    [Fact]
    public async Task Node_ws_and_headless_Chromium_echo_text_and_binary_on_Kestrel()
    {
        Assert.True(File.Exists(Path.Combine(BrowserFolder, "node_modules", "ws", "package.json")), "Run 'npm ci' in " + BrowserFolder + " first (.ci/run does).");
        await using var sample = await SampleProcess.StartAsync("dotnet", SampleDll, "--port", "0");
        var (exitCode, output) = await SampleProcess.RunAsync("node", TimeSpan.FromSeconds(120), Path.Combine(BrowserFolder, "echo_check.js"), sample.Url.ToString());
        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var node = json.RootElement.GetProperty("node");
        Assert.Equal("hello from node", node.GetProperty("text").GetString());
        Assert.Equal([0, 1, 2, 254, 255], node.GetProperty("binary").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(1000, node.GetProperty("closeCode").GetInt32());
        var browser = json.RootElement.GetProperty("browser");
        Assert.True(browser.GetProperty("opened").GetBoolean());
        Assert.Equal("hello from chromium", browser.GetProperty("text").GetString());
        Assert.Equal([9, 8, 7, 0, 255], browser.GetProperty("binary").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(1000, browser.GetProperty("closeCode").GetInt32());
    }

    [Fact]
    public async Task The_authorized_endpoint_needs_the_login_cookie_and_stops_gracefully()
    {
        await using var sample = await SampleProcess.StartAsync("dotnet", SampleDll, "--port", "0");
        var me = new Uri(sample.Url, "/me");

        using var anonymous = new ClientWebSocket();
        anonymous.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAnyAsync<WebSocketException>(() => anonymous.ConnectAsync(me, CancellationToken.None));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.HttpStatusCode);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{sample.Url.Port}") };
        using var wrong = await http.PostAsync("/login", new FormUrlEncodedContent([new("user", "demo"), new("password", "nope")]));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var login = await http.PostAsync("/login", new FormUrlEncodedContent([new("user", "demo"), new("password", "demo-password")]));
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var client = new ClientWebSocket();
        client.Options.SetRequestHeader("Cookie", cookie);
        await client.ConnectAsync(me, CancellationToken.None);
        Assert.Equal("hello demo", await client.ReceiveTextAsync());
        await client.SendTextAsync("hi");
        Assert.Equal("demo: hi", await client.ReceiveTextAsync());

        var closing = client.ReceiveCloseAsync();
        var (exitCode, output) = await sample.TerminateAsync();
        Assert.Equal(0, exitCode);
        Assert.Contains("Stopped", output);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await closing);
    }

    [Fact]
    public Task AspNetCore_sample_publishes_with_Native_AOT_without_warnings_and_answers_a_handshake()
        => NativeAotTests.PublishesAndEchoesAsync("samples/AspNetCore", "AspNetCore", TimeSpan.FromMinutes(20), "native kestrel");
}
