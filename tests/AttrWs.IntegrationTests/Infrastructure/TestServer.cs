using System.Net;
using System.Net.WebSockets;

namespace AttrWs.IntegrationTests.Infrastructure;

/// <summary>A started server on 127.0.0.1:0 plus helpers to reach it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private TestServer(WebSocketServer server) => Server = server;

    public WebSocketServer Server { get; }

    public int Port => Server.ListeningEndPoints[0].Port;

    public Uri Uri(string path, string scheme = "ws") => new($"{scheme}://127.0.0.1:{Port}{path}");

    public static async Task<TestServer> StartAsync(Action<WebSocketServer> map, Action<WebSocketServerOptions>? configure = null)
    {
        var options = new WebSocketServerOptions().Listen(IPAddress.Loopback, 0);
        configure?.Invoke(options);
        var server = new WebSocketServer(options);
        map(server);
        await server.StartAsync();
        return new TestServer(server);
    }

    /// <summary>A server with an echo endpoint at /echo.</summary>
    public static Task<TestServer> StartEchoAsync(Action<WebSocketServerOptions>? configure = null)
        => StartAsync(server => server.Map("/echo", Handlers.EchoAsync), configure);

    public async Task<ClientWebSocket> ConnectAsync(string path, Action<ClientWebSocketOptions>? configure = null)
    {
        var client = new ClientWebSocket();
        configure?.Invoke(client.Options);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(Uri(path), timeout.Token);
        return client;
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
